package io.zhucan.profile.warning.persistence;

import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.profile.warning.PersonWarning;
import io.zhucan.profile.warning.WarningData;
import io.zhucan.profile.warning.WarningPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWarningData implements WarningData {

    private static final String PERSONS = """
            SELECT 'certificate-expiring-with-active-allowance' AS kind, p.person_id, p.county, p.valid_until AS on_date,
                   string_agg(DISTINCT t.allowance, ',') AS subject
            FROM person_file p JOIN entitlement t ON t.generation = :g AND t.person_id = p.person_id AND t.status = 'ACTIVE'
            WHERE p.generation = :g AND p.county LIKE :prefix AND p.died_on IS NULL
              AND p.valid_until BETWEEN :today AND :expiresBy
            GROUP BY p.person_id, p.county, p.valid_until
            UNION ALL
            SELECT 'entitlement-suspended-too-long', p.person_id, p.county, t.status_since, t.allowance
            FROM entitlement t JOIN person_file p ON p.generation = :g AND p.person_id = t.person_id
            WHERE t.generation = :g AND p.county LIKE :prefix AND t.status = 'SUSPENDED'
              AND t.status_since < :suspendedBefore
            UNION ALL
            SELECT 'rehab-need-open-too-long', n.person_id, n.county, n.opened_on, CAST(n.need_id AS text)
            FROM rehab_need n
            WHERE n.generation = :g AND n.county LIKE :prefix AND n.closed_on IS NULL AND n.opened_on < :openedBefore
            UNION ALL
            SELECT 'low-income-status-unknown', p.person_id, p.county, p.issued_on, NULL
            FROM person_file p
            WHERE p.generation = :g AND p.county LIKE :prefix AND p.certificate = 'ISSUED' AND p.died_on IS NULL
              AND NOT EXISTS (SELECT 1 FROM timeline_entry e WHERE e.generation = :g AND e.id_hash = p.id_hash
                              AND e.type = :lowIncomeType)
            ORDER BY kind, on_date, person_id""";

    private final JdbcClient jdbc;

    JdbcWarningData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public WarningPolicy policy(LocalDate on) {
        return jdbc.sql("""
                        SELECT expiry_window_days, suspension_limit_days, need_open_limit_days FROM warning_policy
                        WHERE effective_from <= :on ORDER BY effective_from DESC LIMIT 1""")
                .param("on", on)
                .query((rs, n) -> new WarningPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    @Override
    public List<PersonWarning> persons(int g, String prefix, LocalDate today, WarningPolicy policy) {
        return jdbc.sql(PERSONS)
                .param("g", g).param("prefix", prefix + "%").param("today", today)
                .param("expiresBy", policy.expiresBy(today)).param("suspendedBefore", policy.suspendedBefore(today))
                .param("openedBefore", policy.openedBefore(today)).param("lowIncomeType", LowIncomeStatusChanged.TYPE.name())
                .query((rs, n) -> new PersonWarning(rs.getString("kind"), rs.getObject("person_id", UUID.class),
                        rs.getString("county"), rs.getDate("on_date").toLocalDate(), rs.getString("subject")))
                .list();
    }
}
