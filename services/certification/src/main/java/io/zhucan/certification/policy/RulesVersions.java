package io.zhucan.certification.policy;

import java.time.LocalDate;
import java.util.List;

/** The versions of the certification rules (port). */
public interface RulesVersions {

    /** The versions of the county, its city and the province in force on or before the day. */
    List<RulesVersion> candidates(String county, LocalDate on);

    /** Every version, newest first. */
    List<RulesVersion> all();

    /** Stores a new version and returns it with its number; a region has one version per day. */
    RulesVersion add(RulesVersion version);
}
