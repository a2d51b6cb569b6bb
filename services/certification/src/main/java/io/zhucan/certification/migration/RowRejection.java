package io.zhucan.certification.migration;

import org.jspecify.annotations.Nullable;

/**
 * Why a row was not imported: the column and a reason that never repeats the value (the report is
 * read by operators who do not need the data), with the row's ID number masked where it has one.
 */
public record RowRejection(int row, String column, String reason, @Nullable String maskedIdNumber) {

    /** The whole row is unusable (the layout's width), not one column. */
    public static final String WHOLE_ROW = "row";
}
