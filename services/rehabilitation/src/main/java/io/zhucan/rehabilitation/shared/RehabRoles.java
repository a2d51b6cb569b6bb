package io.zhucan.rehabilitation.shared;

/**
 * The realm roles this service checks (infra/keycloak/zhucan-realm.json). Caseworkers and rehab
 * professionals work the cases of their region; a designated institution (定点康复机构) signs in
 * with its own client and sees only the children enrolled with it.
 */
public final class RehabRoles {

    public static final String CASEWORKER = "caseworker";
    public static final String PROFESSIONAL = "rehab-professional";
    public static final String INSTITUTION = "rehab-institution";
    public static final String CITIZEN = "citizen";

    /** Staff who record needs, plans, deliveries, fittings and modification cases. */
    public static final String STAFF = "hasAnyRole('" + CASEWORKER + "','" + PROFESSIONAL + "')";

    private RehabRoles() {
    }
}
