package io.zhucan.platform.messaging.deadletter;

import io.zhucan.platform.events.InvalidEventException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells why a record could not be processed. A transient failure (database or broker unavailable,
 * a timeout, a deadlock) passes by itself: it is retried for as long as it lasts, holding the
 * partition, so no later event of the person overtakes it. A permanent failure (the record breaks
 * the contract, or waits behind a parked record) never passes: it is parked at once. Anything else
 * is most likely a bug or a business rule: a few retries, then parked.
 */
public enum Failures {
    TRANSIENT,
    PERMANENT,
    UNKNOWN;

    private static final List<Class<? extends Throwable>> TRANSIENT_TYPES = List.of(
            TransientDataAccessException.class, RecoverableDataAccessException.class,
            DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class, SQLTransientException.class, SQLRecoverableException.class,
            RetriableException.class, TimeoutException.class, SocketTimeoutException.class, ConnectException.class);

    private static final List<Class<? extends Throwable>> PERMANENT_TYPES = List.of(
            InvalidEventException.class, HeldBehindParkedRecord.class, DeserializationException.class,
            MessageConversionException.class, DataIntegrityViolationException.class);

    /** SQL state classes of a lost or refused connection, exhausted resources, an operator's intervention. */
    private static final List<String> TRANSIENT_SQL_STATES = List.of("08", "53", "57P", "40001", "40P01");

    public static Failures of(Throwable failure) {
        List<Throwable> causes = causes(failure);
        if (causes.stream().anyMatch(t -> isAny(t, TRANSIENT_TYPES) || transientSqlState(t))) {
            return TRANSIENT;
        }
        return causes.stream().anyMatch(t -> isAny(t, PERMANENT_TYPES)) ? PERMANENT : UNKNOWN;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    private static boolean isAny(Throwable t, List<Class<? extends Throwable>> types) {
        return types.stream().anyMatch(type -> type.isInstance(t));
    }

    private static boolean transientSqlState(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null
                && TRANSIENT_SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith);
    }
}
