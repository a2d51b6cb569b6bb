package io.zhucan.certification.support;

import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import java.util.UUID;

/** The people of the tests, as the realm's tokens describe them: staff of three counties and citizens. */
public final class Actors {

    public static final String SHANGCHENG = "330102";
    public static final String XIHU = "330106";
    public static final String PINGHU = "330482";

    private static final TestJwtIssuer TOKENS = TestInfrastructure.jwtIssuer();

    public static String caseworker(String county) {
        return TOKENS.staff("caseworker." + county, county, "caseworker").bearer();
    }

    public static String assessor(String county) {
        return TOKENS.staff("assessor." + county, county, "assessor").bearer();
    }

    public static String reviewer(String county) {
        return TOKENS.staff("reviewer." + county, county, "reviewer").bearer();
    }

    public static String staff(String username, String county, String... roles) {
        return TOKENS.staff(username, county, roles).bearer();
    }

    /** A citizen whose token carries no verified ID number (reading their own data needs none). */
    public static String citizen(UUID personId) {
        return TOKENS.citizen("citizen." + personId, personId).bearer();
    }

    /** A real-name verified citizen: the token carries the keyed hash of {@code verifiedIdNumber}. */
    public static String citizen(UUID personId, String verifiedIdNumber) {
        return TOKENS.citizen("citizen." + personId, personId, verifiedIdNumber).bearer();
    }

    public static String operator() {
        return TOKENS.staff("operator", "330000", "operator").bearer();
    }

    public static String analyst() {
        return TOKENS.staff("analyst.province", "330000", "analyst").bearer();
    }

    private Actors() {
    }
}
