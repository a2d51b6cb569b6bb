package io.zhucan.employment.quota;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quota policy data and the assessments made. */
public interface QuotaStore {

    Optional<QuotaPolicy> policyFor(int year);

    List<CountingRule> countingRulesFor(int year);

    /** The local average annual wage: the county's, else its city's, else the province's. */
    Optional<Long> averageWageFen(int year, String county);

    /** False if the employer's year was assessed before. */
    boolean add(QuotaAssessment assessment, String county, String assessedBy);

    Optional<QuotaAssessment> of(UUID employerId, int year);

    /** The annual verification list of a region (county code prefix). */
    List<QuotaAssessment> inRegion(int year, String regionPrefix);
}
