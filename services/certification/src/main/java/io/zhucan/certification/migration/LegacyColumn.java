package io.zhucan.certification.migration;

import java.util.Arrays;
import java.util.List;

/** The columns of the legacy export, in their order (docs/migration.md; subsidy reads the same file). */
public enum LegacyColumn {
    ID_NUMBER,
    NAME,
    HOUSEHOLD_COUNTY,
    HOUSEHOLD_TOWNSHIP,
    CERTIFICATE_NUMBER,
    CATEGORY,
    GRADE,
    ISSUED_ON,
    VALID_UNTIL,
    LIVING_PAID_THROUGH,
    NURSING_PAID_THROUGH;

    /** The header row, exactly: {@code id_number,name,…,nursing_paid_through}. */
    public static final List<String> HEADER = Arrays.stream(values()).map(LegacyColumn::header).toList();

    public String header() {
        return name().toLowerCase();
    }
}
