package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.entitlement.application.Evaluation;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.shared.Months;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chunk of the re-evaluation writes its rows per kind in a few statements (docs/adr/0016): the
 * same rows and events, in the same order per person, as evaluating its persons one at a time; and
 * a failure in the middle of writing the chunk leaves nothing of it.
 */
class ChunkedReevaluationIT extends SubsidyITSupport {

    /** What each holder's evaluation does: their amount changes, their nursing pauses, they gain it, nothing. */
    enum Setup { AMOUNT_CHANGES, SUSPENDED, GRANTED, UNCHANGED }

    @Autowired Evaluation evaluation;
    @Autowired PersonFactsStore facts;
    @Autowired Policies policies;
    @Autowired TransactionTemplate transaction;

    /** The rows of the unchanged holders once set up. */
    private final Map<UUID, String> rowsBefore = new HashMap<>();

    @Test
    void aChunkWritesTheSameRowsAndEventsAsOnePersonAtATime() {
        List<UUID> chunk = holders();
        List<UUID> oneByOne = holders();

        List<String> chunkEvents = evaluate(chunk, chunk);
        List<String> singleEvents = new ArrayList<>();
        oneByOne.forEach(person -> singleEvents.addAll(evaluate(List.of(person), oneByOne)));

        assertThat(chunkEvents).isEqualTo(singleEvents);
        assertThat(chunkEvents.stream().map(e -> e.substring(0, e.indexOf(' '))).distinct())
                .contains("io.zhucan.subsidy.entitlement.amount-changed.v1", "io.zhucan.subsidy.entitlement.suspended.v1",
                        "io.zhucan.subsidy.entitlement.granted.v1", "io.zhucan.subsidy.eligibility.decided.v1");
        assertThat(rows(chunk)).isEqualTo(rows(oneByOne));
        assertThat(rows(chunk).get(Setup.UNCHANGED.ordinal())).isEqualTo(rowsBefore.get(chunk.get(Setup.UNCHANGED.ordinal())));
    }

    @Test
    void aFailureInTheMiddleOfAChunkRollsTheWholeChunkBack() {
        List<UUID> chunk = holders();
        List<String> before = rows(chunk);
        long lastEvent = jdbc.sql("SELECT coalesce(max(seq), 0) FROM outbox_event").query(Long.class).single();
        UUID refused = chunk.get(Setup.SUSPENDED.ordinal()); // written after the first holder's decision, amount and entitlement
        jdbc.sql("""
                CREATE FUNCTION refuse_notice() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.person_id = '%s' THEN RAISE EXCEPTION 'notice refused'; END IF;
                    RETURN NEW;
                END $$""".formatted(refused)).update();
        jdbc.sql("CREATE TRIGGER refuse_notice BEFORE INSERT ON notification FOR EACH ROW EXECUTE FUNCTION refuse_notice()")
                .update();
        try {
            assertThatThrownBy(() -> evaluate(chunk, chunk)).hasMessageContaining("notice refused");
        } finally {
            jdbc.sql("DROP TRIGGER refuse_notice ON notification").update();
            jdbc.sql("DROP FUNCTION refuse_notice()").update();
        }
        assertThat(rows(chunk)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE seq > :last AND record_key IN (:keys)")
                .param("last", lastEvent).param("keys", chunk.stream().map(UUID::toString).toList())
                .query(Long.class).single()).isZero();

        assertThat(evaluate(chunk, chunk)).isNotEmpty(); // the same chunk again, without the failure
        assertThat(rows(chunk)).isNotEqualTo(before);
    }

    /** One holder of each setup in grade 2 of the same county, in setup order. */
    private List<UUID> holders() {
        List<UUID> persons = new ArrayList<>();
        for (Setup setup : Setup.values()) {
            UUID person = UUID.randomUUID();
            String idNumber = newIdNumber();
            jdbc.sql("""
                            INSERT INTO person_facts (id_number, person_id, certificate_id, certificate_number, category, grade,
                                grade_since, county, certificate_status, certificate_status_since, issued_on, valid_until,
                                care_benefits, updated_at)
                            VALUES (:id, :person, gen_random_uuid(), :id || '42', 'PHYSICAL', 'GRADE_2', DATE '2020-01-01',
                                '330803', 'VALID', DATE '2020-01-01', DATE '2020-01-01', DATE '2035-01-01', CAST(:care AS jsonb), now())""")
                    .param("id", idNumber).param("person", person)
                    .param("care", setup == Setup.SUSPENDED ? "{\"LONG_TERM_CARE_INSURANCE\": {\"startedOn\": \"2020-01-01\"}}" : "{}")
                    .update();
            if (setup != Setup.GRANTED) {
                jdbc.sql("""
                                WITH e AS (INSERT INTO entitlement (id, person_id, id_number, allowance, county, status,
                                               start_month, manual_override, granted_at, updated_at)
                                           VALUES (gen_random_uuid(), :person, :id, 'NURSING', '330803', 'ACTIVE',
                                               DATE '2020-02-01', false, now(), now()) RETURNING id)
                                INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                                SELECT id, DATE '2020-02-01', 1, 1, 'seeded' FROM e""")
                        .param("person", person).param("id", idNumber).update();
            }
            if (setup == Setup.UNCHANGED) {
                evaluate(List.of(person), List.of(person)); // now at the amount of the policy in force, its decisions current
                rowsBefore.put(person, rows(List.of(person)).getFirst());
            }
            persons.add(person);
        }
        return persons;
    }

    /**
     * Evaluates the persons as one chunk of a re-evaluation; returns the events it wrote, in the outbox's
     * order, each with its person's place in {@code holders}.
     */
    private List<String> evaluate(List<UUID> persons, List<UUID> holders) {
        List<String> keys = holders.stream().map(UUID::toString).toList();
        return transaction.execute(status -> {
            long before = jdbc.sql("SELECT coalesce(max(seq), 0) FROM outbox_event").query(Long.class).single();
            List<PersonFacts> chunk = persons.stream().map(p -> facts.lockByPerson(p).orElseThrow()).toList();
            Policy policy = policies.inForce(Months.first(nextMonth()));
            evaluation.evaluate(chunk, policy, Trigger.policy(policy.version()), nextMonth());
            // read before commit: the relay deletes the rows once they are on Kafka
            return jdbc.sql("""
                            SELECT event_type, topic, record_key, payload FROM outbox_event
                            WHERE seq > :before AND record_key IN (:keys) ORDER BY seq""")
                    .param("before", before).param("keys", keys)
                    .query((rs, n) -> rs.getString("event_type") + " " + rs.getString("topic") + " "
                            + keys.indexOf(rs.getString("record_key")) + " " + withoutIds(rs.getString("payload")))
                    .list();
        });
    }

    /** An event's payload without what differs between two equal holders (ids, times, ID and certificate numbers). */
    private String withoutIds(String payload) {
        ObjectNode json = (ObjectNode) codec.json().readTree(payload);
        Stream.of("eventId", "occurredAt", "personId", "entitlementId", "decisionId", "certificateNumber", "idNumber")
                .forEach(json::remove);
        return json.toString();
    }

    /** Each holder's rows (entitlements, amounts, decisions, notices, cases), without their ids. */
    private List<String> rows(List<UUID> persons) {
        return persons.stream().map(person -> String.join("\n", jdbc.sql("""
                        SELECT 'entitlement ' || allowance || ' ' || county || ' ' || status || ' ' || start_month || ' '
                               || coalesce(end_month::text, '-') || ' ' || coalesce(paused_from::text, '-') || ' '
                               || coalesce(paused_until::text, '-') || ' ' || coalesce(status_reason, '-') || ' '
                               || manual_override || ' ' || (decision_id IS NULL) || ' '
                               || coalesce((SELECT string_agg(a.from_month || '=' || a.monthly_amount_fen || '/'
                                          || coalesce(a.policy_version::text, '-') || '/' || a.reason, ',' ORDER BY a.from_month)
                                   FROM entitlement_amount a WHERE a.entitlement_id = e.id), '-')
                        FROM entitlement e WHERE person_id = :p
                        UNION ALL
                        SELECT 'decision ' || allowance || ' ' || outcome || ' ' || failed_rules::text || ' '
                               || missing_facts::text || ' ' || coalesce(amount_fen::text, '-') || ' ' || county || ' '
                               || policy_version || ' ' || trigger || ' ' || regional_rules::text || ' '
                               || coalesce((facts ->> 'personId' = :ps)::text, '-') || ' ' || (SELECT count(*) FROM jsonb_object_keys(facts))
                        FROM decision WHERE person_id = :p
                        UNION ALL
                        SELECT 'current ' || c.allowance || ' ' || c.outcome || ' ' || c.failed_rules::text || ' '
                               || coalesce(c.amount_fen::text, '-') || ' ' || c.regional_rules::text || ' '
                               || EXISTS (SELECT 1 FROM decision d WHERE d.id = c.decision_id)
                        FROM current_decision c WHERE person_id = :p
                        UNION ALL
                        SELECT 'notice ' || kind || ' ' || message || ' ' || (entitlement_id IS NULL)
                        FROM (SELECT * FROM notification WHERE person_id = :p ORDER BY created_at) n
                        UNION ALL
                        SELECT 'case ' || kind || ' ' || coalesce(allowance, '-') || ' ' || (resolved_at IS NULL)
                        FROM exception_case WHERE person_id = :p
                        ORDER BY 1""").param("p", person).param("ps", person.toString()).query(String.class).list()))
                .toList();
    }
}
