package io.zhucan.certification.migration;

import java.util.List;

/** The outcome of checking one row: the holder to import, or every reason it cannot be. */
public sealed interface RowCheck {

    record Accepted(MigratedHolder holder) implements RowCheck {
    }

    record Rejected(List<RowRejection> rejections) implements RowCheck {

        public Rejected {
            rejections = List.copyOf(rejections);
        }
    }
}
