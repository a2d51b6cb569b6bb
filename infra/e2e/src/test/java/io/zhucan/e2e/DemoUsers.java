package io.zhucan.e2e;

/** The demo users of infra/keycloak/zhucan-realm.json (local stack and tests only; see its README). */
final class DemoUsers {

    static final String PASSWORD = "zhucan";

    static final String CITIZEN_SHANGCHENG = "citizen.shangcheng";
    static final String CITIZEN_SHANGCHENG_PERSON = "33010200-0000-4000-8000-000000000001";
    /** The demo citizens' real-name verified ID numbers (synthetic): the realm holds their keyed hash only. */
    static final String CITIZEN_SHANGCHENG_ID_NUMBER = "330102198506151238";
    static final String CITIZEN_XIHU = "citizen.xihu";
    static final String CITIZEN_XIHU_PERSON = "33010600-0000-4000-8000-000000000001";
    static final String CITIZEN_XIHU_ID_NUMBER = "330106198811022155";

    static final String CITIZEN_PINGHU = "citizen.pinghu";
    static final String CITIZEN_PINGHU_ID_NUMBER = "330482198003093177";
    static final String CITIZEN2_PINGHU_ID_NUMBER = "330482196609213269";

    /** 西湖区's staff: three different people, and a caseworker who is also a reviewer (four-eyes). */
    static final String CASEWORKER_XIHU = "caseworker.xihu";
    static final String ASSESSOR_XIHU = "assessor.xihu";
    static final String REVIEWER_XIHU = "reviewer.xihu";
    static final String CASEWORKER_REVIEWER_XIHU = "caseworker-reviewer.xihu";
    /** Province level: the operator who may start payment runs, the analyst who sees every city. */
    static final String OPERATOR_PROVINCE = "operator";
    /** The second province operator a maker-checker request needs. */
    static final String OPERATOR2_PROVINCE = "operator2";
    static final String ANALYST_PROVINCE = "analyst.province";
    /** 西湖区's rehabilitation professional (realm role rehab-professional). */
    static final String REHAB_XIHU = "rehab.xihu";

    /** The demo realm's key of {@code id_number_hash} (the services' default {@code zhucan.security.id-number-hash-key}). */
    static final String DEMO_ID_NUMBER_HASH_KEY = "local-demo-id-number-hash-key";

    static final String CIVIL_AFFAIRS = "civil-affairs";
    static final String CIVIL_AFFAIRS_SECRET = "civil-affairs-local-secret";

    private DemoUsers() {
    }
}
