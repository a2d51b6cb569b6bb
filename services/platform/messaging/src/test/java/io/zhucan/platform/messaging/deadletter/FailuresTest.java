package io.zhucan.platform.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.InvalidEventException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailuresTest {

    @Test
    void anUnreachableDatabaseOrBrokerIsTransientWhereverItIsWrapped() {
        assertThat(Failures.of(listener(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("timed out"))))).isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new CannotCreateTransactionException("no connection"))).isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(listener(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("terminating connection due to administrator command", "57P01")))))
                .isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new IllegalStateException("wrapped", new SQLException("I/O error", "08006"))))
                .isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new org.apache.kafka.common.errors.TimeoutException("broker"))).isEqualTo(Failures.TRANSIENT);
    }

    @Test
    void contractViolationsAndHoldsArePermanentOtherFailuresUnknown() {
        assertThat(Failures.of(listener(new InvalidEventException("breaks its schema")))).isEqualTo(Failures.PERMANENT);
        assertThat(Failures.of(new HeldBehindParkedRecord(UUID.randomUUID()))).isEqualTo(Failures.PERMANENT);
        assertThat(Failures.of(new DataIntegrityViolationException("duplicate key"))).isEqualTo(Failures.PERMANENT);
        assertThat(Failures.of(listener(new IllegalStateException("business rule")))).isEqualTo(Failures.UNKNOWN);
        assertThat(Failures.of(new SQLException("syntax error", "42601"))).isEqualTo(Failures.UNKNOWN);
    }

    @Test
    void reasonsNameTheKindAndClassAndNoPersonalData() {
        assertThat(Reasons.of(listener(new IllegalStateException("no certificate for 330102199001011234 (张三)"))))
                .isEqualTo("unknown: IllegalStateException: message withheld (may contain personal data)");
        assertThat(Reasons.of(new InvalidEventException("fact about 33010219900101123X 李四 breaks its schema")))
                .isEqualTo("permanent: InvalidEventException: fact about [redacted] [redacted] breaks its schema");
        assertThat(Reasons.of(new CannotCreateTransactionException("connection to 10.0.0.7 refused")))
                .isEqualTo("transient: CannotCreateTransactionException: connection to 10.0.0.7 refused");
        assertThat(Reasons.of(new InvalidEventException("x".repeat(2000)))).hasSize(500);
        // an event id whose hex happens to hold a long run of digits is kept (it identifies the record, nobody)
        assertThat(Reasons.of(new InvalidEventException("event 0a1b2c3d-4e5f-4a6b-8c7d-123456789012 is malformed")))
                .isEqualTo("permanent: InvalidEventException: event 0a1b2c3d-4e5f-4a6b-8c7d-123456789012 is malformed");
    }

    private static ListenerExecutionFailedException listener(Exception cause) {
        return new ListenerExecutionFailedException("listener failed", cause);
    }
}
