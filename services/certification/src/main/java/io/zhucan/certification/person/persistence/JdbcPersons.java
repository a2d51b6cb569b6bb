package io.zhucan.certification.person.persistence;

import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.Persons;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPersons implements Persons {

    private final JdbcClient jdbc;

    JdbcPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> byId(UUID id) {
        return jdbc.sql("SELECT * FROM person WHERE id = :id").param("id", id).query(JdbcPersons::map).optional();
    }

    @Override
    public Optional<Person> byIdNumber(ResidentIdNumber idNumber) {
        return jdbc.sql("SELECT * FROM person WHERE id_number = :idNumber").param("idNumber", idNumber.value())
                .query(JdbcPersons::map).optional();
    }

    @Override
    public List<Person> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM person WHERE id IN (:ids)").param("ids", ids).query(JdbcPersons::map).list();
    }

    @Override
    public boolean add(Person person) {
        return jdbc.sql("""
                        INSERT INTO person (id, id_number, name, household_county, household_township, date_of_death)
                        VALUES (:id, :idNumber, :name, :county, :township, :death)
                        ON CONFLICT (id_number) DO NOTHING""")
                .param("id", person.id())
                .param("idNumber", person.idNumber().value())
                .param("name", person.name())
                .param("county", person.householdCounty())
                .param("township", person.householdTownship())
                .param("death", person.dateOfDeath())
                .update() == 1;
    }

    @Override
    public void update(Person person) {
        jdbc.sql("""
                        UPDATE person SET name = :name, household_county = :county, household_township = :township,
                            date_of_death = :death
                        WHERE id = :id""")
                .param("id", person.id())
                .param("name", person.name())
                .param("county", person.householdCounty())
                .param("township", person.householdTownship())
                .param("death", person.dateOfDeath())
                .update();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        Date death = rs.getDate("date_of_death");
        // stored numbers were validated on the way in; parse against a far date so age never fails a read
        return new Person(rs.getObject("id", UUID.class),
                ResidentIdNumber.of(rs.getString("id_number")),
                rs.getString("name"), rs.getString("household_county"), rs.getString("household_township"),
                death == null ? null : death.toLocalDate());
    }
}
