package io.zhucan.certification.migration;

import java.util.Iterator;

/** The export files an operator has placed for import (port: a directory of the server). */
public interface LegacyExports {

    /** Opens a file by its name; refuses one that is not there or whose header is not the layout's. */
    Export open(String fileName);

    /** The records of a file in order, after its header row. */
    interface Export extends Iterator<LegacyRow>, AutoCloseable {

        @Override
        void close();
    }

    /** The file cannot be read on from {@code row} (broken quoting, bytes that are not UTF-8): nothing after it is. */
    final class UnreadableExportException extends RuntimeException {

        public UnreadableExportException(int row, String why) {
            super("the file cannot be read from row " + row + ": " + why);
        }
    }
}
