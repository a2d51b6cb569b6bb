package io.zhucan.profile.indicator.persistence;

/**
 * The indicators' counts as of :end (last day of the month), per county of household registration.
 * A person is "held" at :end when certified by then and not dead or cancelled by then (the model
 * keeps the current certificate state: a cancellation is dated by the death or treated as before
 * :end — the simplification docs/services/profile.md names).
 */
final class IndicatorSql {

    static final String COUNTS = """
            WITH holder AS (
                SELECT * FROM person_file
                WHERE generation = :g AND county LIKE :prefix AND issued_on <= :end
                  AND (died_on IS NULL OR died_on > :end) AND certificate <> 'CANCELLED'),
            coverage AS (
                SELECT h.county, e.allowance,
                       count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM entitlement t WHERE t.generation = :g AND t.person_id = h.person_id
                             AND t.allowance = e.allowance AND t.granted_on <= :end
                             AND (t.status = 'ACTIVE' OR t.status_since > :end))) AS numerator,
                       count(*) AS denominator
                FROM holder h JOIN eligibility e ON e.generation = :g AND e.person_id = h.person_id
                WHERE e.outcome = 'ELIGIBLE' AND e.eligible_on <= :end
                GROUP BY h.county, e.allowance),
            need AS (
                SELECT n.person_id, h.county,
                       bool_or(n.served_on <= :end) AS served,
                       bool_and(coalesce(n.outcome, '') = 'NO_NEED' AND n.closed_on <= :end) AS no_need,
                       bool_or(n.planned LIKE '%ASSISTIVE_DEVICE%') AS device,
                       bool_or(n.planned LIKE '%HOME_MODIFICATION%') AS modification
                FROM rehab_need n JOIN holder h ON h.person_id = n.person_id
                WHERE n.generation = :g AND n.opened_on <= :end GROUP BY n.person_id, h.county),
            outcome AS (
                SELECT person_id, kind FROM rehab_outcome WHERE generation = :g AND first_on <= :end),
            labour AS (
                SELECT h.county, h.person_id FROM holder h
                CROSS JOIN LATERAL (SELECT * FROM labour_age WHERE effective_from <= :end
                                    ORDER BY effective_from DESC LIMIT 1) a
                WHERE h.birth_date + make_interval(years => a.minimum_age) <= :end
                  AND h.birth_date + make_interval(years => CASE WHEN h.sex = 'MALE' THEN a.male_retirement_age
                                                               ELSE a.female_retirement_age END) > :end)
            SELECT county, CASE allowance WHEN 'LIVING' THEN 'living-allowance-coverage'
                                          ELSE 'nursing-allowance-coverage' END AS indicator, numerator, denominator
            FROM coverage
            UNION ALL
            SELECT p.county, 'granted-without-application',
                   count(DISTINCT t.person_id) FILTER (WHERE t.without_application), count(DISTINCT t.person_id)
            FROM entitlement t JOIN person_file p ON p.generation = :g AND p.person_id = t.person_id
            WHERE t.generation = :g AND p.county LIKE :prefix AND t.granted_on BETWEEN :start AND :end
            GROUP BY p.county
            UNION ALL
            SELECT county, 'days-application-to-certificate', sum(issued_on - applied_on), count(*)
            FROM person_file WHERE generation = :g AND county LIKE :prefix AND applied_on IS NOT NULL
              AND issued_on BETWEEN :start AND :end
            GROUP BY county
            UNION ALL
            SELECT county, 'basic-rehab-coverage', count(*) FILTER (WHERE served), count(*)
            FROM need WHERE NOT no_need GROUP BY county
            UNION ALL
            SELECT county, 'device-fitting-rate', count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM outcome o WHERE o.person_id = need.person_id AND o.kind = 'DEVICE_FITTED')), count(*)
            FROM need WHERE device GROUP BY county
            UNION ALL
            SELECT county, 'home-modification-rate', count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM outcome o WHERE o.person_id = need.person_id AND o.kind = 'HOME_MODIFIED')), count(*)
            FROM need WHERE modification GROUP BY county
            UNION ALL
            SELECT l.county, 'employment-rate', count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM placement pl WHERE pl.generation = :g AND pl.person_id = l.person_id
                         AND pl.first_on <= :end)), count(*)
            FROM labour l GROUP BY l.county
            """;

    private IndicatorSql() {
    }
}
