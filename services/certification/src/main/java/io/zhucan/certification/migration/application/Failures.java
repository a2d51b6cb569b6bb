package io.zhucan.certification.migration.application;

import io.zhucan.certification.migration.LegacyExports;
import java.sql.SQLException;
import java.util.StringJoiner;

/**
 * Why an import stopped, in words safe for the log and the progress view: the driver's messages
 * quote rows and keys (ID numbers), so only our own file message, exception types and SQLStates.
 */
final class Failures {

    static String describe(Throwable failure) {
        StringJoiner chain = new StringJoiner(" <- ");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LegacyExports.UnreadableExportException) {
                return t.getMessage();
            }
            chain.add(t instanceof SQLException sql ? t.getClass().getSimpleName() + " SQLState " + sql.getSQLState()
                    : t.getClass().getSimpleName());
        }
        return "stopped by " + chain + " (resume the import)";
    }

    private Failures() {
    }
}
