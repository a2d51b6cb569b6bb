package io.zhucan.platform.security;

/** The realm roles of the platform's Keycloak realm (Spring authorities {@code ROLE_<name>}). */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String CASEWORKER = "caseworker";
    public static final String ASSESSOR = "assessor";
    public static final String REVIEWER = "reviewer";
    public static final String EMPLOYER = "employer";
    public static final String ANALYST = "analyst";
    public static final String OPERATOR = "operator";
    /** Service accounts of partner departments (client-credentials grant). */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
