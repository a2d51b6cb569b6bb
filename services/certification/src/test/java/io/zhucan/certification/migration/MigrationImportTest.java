package io.zhucan.certification.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MigrationImportTest {

    static final Instant T = Instant.parse("2026-12-01T04:00:00Z");

    @Test
    void thePercentageIsOfTheCountedRowsRoundedDown() {
        assertThat(at(MigrationImport.Status.RUNNING, null, 0, T).percent()).isNull();
        assertThat(at(MigrationImport.Status.RUNNING, 1_200_000, 399_999, T).percent()).isEqualTo(33.3);
        assertThat(at(MigrationImport.Status.COMPLETED, 1_200_000, 1_200_000, T).percent()).isEqualTo(100.0);
        assertThat(at(MigrationImport.Status.COMPLETED, 0, 0, T).percent()).isEqualTo(100.0);
    }

    @Test
    void aFailedImportResumesAtOnceARunningOneOnlyWhenItHasStoppedCommitting() {
        assertThat(at(MigrationImport.Status.FAILED, 10, 5, T).resumableAt(T, 120)).isTrue();
        assertThat(at(MigrationImport.Status.RUNNING, 10, 5, T).resumableAt(T.plusSeconds(120), 120)).isFalse();
        assertThat(at(MigrationImport.Status.RUNNING, 10, 5, T).resumableAt(T.plusSeconds(121), 120)).isTrue();
        assertThat(at(MigrationImport.Status.COMPLETED, 10, 10, T).resumableAt(T.plusSeconds(999), 120)).isFalse();
    }

    private static MigrationImport at(MigrationImport.Status status, Integer total, int read, Instant progressed) {
        return new MigrationImport(UUID.randomUUID(), "f.csv", 10_000, status, total, read, read, 0, 0, null, "op", T,
                progressed, null);
    }
}
