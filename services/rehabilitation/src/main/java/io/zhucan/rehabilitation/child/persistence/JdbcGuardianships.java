package io.zhucan.rehabilitation.child.persistence;

import io.zhucan.rehabilitation.child.GuardianRelation;
import io.zhucan.rehabilitation.child.Guardianship;
import io.zhucan.rehabilitation.child.GuardianshipSource;
import io.zhucan.rehabilitation.child.Guardianships;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGuardianships implements Guardianships {

    private final JdbcClient jdbc;

    JdbcGuardianships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(Guardianship g) {
        return jdbc.sql("""
                        INSERT INTO guardianship (id, guardian_person_id, child_person_id, relation, valid_from,
                            valid_until, source, recorded_by)
                        VALUES (:id, :guardian, :child, :relation, :from, :until, :source, :by)
                        ON CONFLICT (guardian_person_id, child_person_id, valid_from) DO NOTHING""")
                .param("id", g.id())
                .param("guardian", g.guardianPersonId())
                .param("child", g.childPersonId())
                .param("relation", g.relation().name())
                .param("from", Date.valueOf(g.validFrom()))
                .param("until", g.validUntil() == null ? null : Date.valueOf(g.validUntil()))
                .param("source", g.source().name())
                .param("by", g.recordedBy())
                .update() == 1;
    }

    @Override
    public List<Guardianship> of(UUID guardian, UUID child) {
        return jdbc.sql("SELECT * FROM guardianship WHERE guardian_person_id = :g AND child_person_id = :c")
                .param("g", guardian).param("c", child).query(JdbcGuardianships::map).list();
    }

    private static Guardianship map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("valid_until");
        return new Guardianship(rs.getObject("id", UUID.class), rs.getObject("guardian_person_id", UUID.class),
                rs.getObject("child_person_id", UUID.class), GuardianRelation.valueOf(rs.getString("relation")),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                GuardianshipSource.valueOf(rs.getString("source")), rs.getString("recorded_by"));
    }
}
