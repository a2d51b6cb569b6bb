package io.zhucan.profile.timeline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.profile.support.ProfileIT;
import io.zhucan.profile.timeline.FiledEntry;
import io.zhucan.profile.timeline.ProfileModel;
import io.zhucan.profile.timeline.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The replay's batched writes against the real tables: a row's writes keep their order, an event counts once. */
class BatchedModelIT extends ProfileIT {

    private static final String COUNTY = "330803";

    @Autowired ProfileModel model;

    /** A generation of its own (no live consumer writes it), so the rows below are this test's alone. */
    private final int generation = 1_000 + ThreadLocalRandom.current().nextInt(1_000_000);

    @Test
    void aRowsWritesKeepTheirOrderWhateverOrderTheStatementsFirstAppearIn() {
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        LocalDate day = today().minusDays(10);
        model.granted(generation, earlier, UUID.randomUUID(), "LIVING", COUNTY, day, true);

        model.batched(batch -> {
            batch.entitlement(generation, earlier, "SUSPENDED", day.plusDays(1)); // an update before any insert
            batch.granted(generation, later, UUID.randomUUID(), "LIVING", COUNTY, day, true);
            batch.entitlement(generation, later, "SUSPENDED", day.plusDays(2));
            batch.entitlement(generation, later, "ACTIVE", day.plusDays(3));
        });

        assertThat(entitlement(earlier)).containsEntry("status", "SUSPENDED");
        assertThat(entitlement(later)).as("granted, suspended, then resumed — in that order")
                .containsEntry("status", "ACTIVE").containsEntry("status_since", java.sql.Date.valueOf(day.plusDays(3)));
    }

    @Test
    void anEventIsNewOnceAlsoWhenABatchHoldsItTwiceOrTheGenerationHasIt() {
        TimelineEntry known = entry();
        TimelineEntry twice = entry();
        UUID person = UUID.randomUUID();
        assertThat(model.record(generation, person, null, known)).isTrue();

        boolean[] fresh = model.recordAll(generation, List.of(new FiledEntry(person, null, known),
                new FiledEntry(person, null, twice), new FiledEntry(person, null, twice),
                new FiledEntry(null, "a".repeat(64), entry())));

        assertThat(fresh).containsExactly(false, true, false, true);
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_entry WHERE generation = :g").param("g", generation)
                .query(Long.class).single()).isEqualTo(3);
    }

    private static TimelineEntry entry() {
        return new TimelineEntry(UUID.randomUUID(), Instant.now(), "io.zhucan.test.v1", Map.of("k", "v"), "why", null);
    }

    private Map<String, Object> entitlement(UUID id) {
        return jdbc.sql("SELECT status, status_since FROM entitlement WHERE generation = :g AND entitlement_id = :e")
                .param("g", generation).param("e", id).query().singleRow();
    }
}
