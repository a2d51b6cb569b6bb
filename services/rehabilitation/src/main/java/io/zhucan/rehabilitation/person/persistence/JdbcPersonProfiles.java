package io.zhucan.rehabilitation.person.persistence;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.rehabilitation.person.Disability;
import io.zhucan.rehabilitation.person.PersonProfile;
import io.zhucan.rehabilitation.person.PersonProfiles;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPersonProfiles implements PersonProfiles {

    private final JdbcClient jdbc;

    JdbcPersonProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonProfile> byId(UUID personId) {
        return jdbc.sql("SELECT * FROM person_profile WHERE person_id = :id").param("id", personId)
                .query(JdbcPersonProfiles::map).optional();
    }

    @Override
    public void save(PersonProfile p) {
        jdbc.sql("""
                        INSERT INTO person_profile (person_id, certificate_id, county, township, category, grade,
                            disabilities, birth_date, certified)
                        VALUES (:id, :certificate, :county, :township, :category, :grade, :disabilities, :birthDate,
                            :certified)
                        ON CONFLICT (person_id) DO UPDATE SET certificate_id = EXCLUDED.certificate_id,
                            county = EXCLUDED.county, township = EXCLUDED.township, category = EXCLUDED.category, grade = EXCLUDED.grade,
                            disabilities = EXCLUDED.disabilities,
                            birth_date = COALESCE(EXCLUDED.birth_date, person_profile.birth_date),
                            certified = EXCLUDED.certified, updated_at = now()""")
                .param("id", p.personId())
                .param("certificate", p.certificateId())
                .param("county", p.county())
                .param("township", p.township())
                .param("category", p.category().name())
                .param("grade", p.grade().name())
                .param("disabilities", p.disabilities().stream().map(d -> d.category() + ":" + d.grade())
                        .collect(Collectors.joining(",")))
                .param("birthDate", p.birthDate() == null ? null : Date.valueOf(p.birthDate()))
                .param("certified", p.certified())
                .update();
    }

    @Override
    public void linkIdNumber(UUID personId, String idNumberHash) {
        jdbc.sql("UPDATE person_profile SET id_number_hash = :hash WHERE person_id = :id")
                .param("hash", idNumberHash).param("id", personId).update();
    }

    @Override
    public Optional<String> idNumberHash(UUID personId) {
        return jdbc.sql("SELECT id_number_hash FROM person_profile WHERE person_id = :id AND id_number_hash IS NOT NULL")
                .param("id", personId).query(String.class).optional();
    }

    private static PersonProfile map(ResultSet rs, int row) throws SQLException {
        Date birth = rs.getDate("birth_date");
        return new PersonProfile(rs.getObject("person_id", UUID.class), rs.getObject("certificate_id", UUID.class),
                rs.getString("county"), rs.getString("township"), DisabilityCategory.valueOf(rs.getString("category")),
                DisabilityGrade.valueOf(rs.getString("grade")), disabilities(rs.getString("disabilities")),
                birth == null ? null : birth.toLocalDate(), rs.getBoolean("certified"));
    }

    private static List<Disability> disabilities(String column) {
        return Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(s -> s.split(":"))
                .map(p -> new Disability(DisabilityCategory.valueOf(p[0]), DisabilityGrade.valueOf(p[1])))
                .toList();
    }
}
