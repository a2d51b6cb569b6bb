package io.zhucan.profile.shared;

/** The realm roles this service checks (infra/keycloak/zhucan-realm.json). */
public final class ProfileRoles {

    public static final String CASEWORKER = "hasRole('caseworker')";
    public static final String CITIZEN = "hasRole('citizen')";
    /** Aggregates only: analysts and the caseworkers of a region see indicators, never persons. */
    public static final String INDICATORS = "hasAnyRole('analyst','caseworker')";
    public static final String OPERATOR = "hasRole('operator')";

    private ProfileRoles() {
    }
}
