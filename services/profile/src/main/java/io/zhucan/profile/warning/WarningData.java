package io.zhucan.profile.warning;

import java.time.LocalDate;
import java.util.List;

/** The persons each warning finds in a region (county code prefix) of a generation. */
public interface WarningData {

    WarningPolicy policy(LocalDate on);

    List<PersonWarning> persons(int generation, String countyPrefix, LocalDate today, WarningPolicy policy);
}
