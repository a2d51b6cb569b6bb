package io.zhucan.employment.matching;

/**
 * The points of each ranking factor. Ranking weights, not policy: they order candidates that
 * all satisfy the hard constraints, and every one shows up in the explanation.
 */
public record MatchingWeights(int perAccommodationMet, int perSkillMatched, int perSkillMissing, int sameCounty,
        int sameCity, int remoteWanted, long wageStepFen, int wageCap, int suitedCategory) {

    /** 5 per accommodation met, ±10/5 per skill, 20 same county, 10 same city, 15 wanted remote work, 1 per 500 yuan up to 20, 10 suited category. */
    public static final MatchingWeights DEFAULT = new MatchingWeights(5, 10, 5, 20, 10, 15, 50_000, 20, 10);
}
