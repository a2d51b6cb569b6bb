package io.zhucan.subsidy.facts;

/** Which fact about a person changed: the trigger every decision it causes names. */
public enum FactChange {
    CERTIFICATE_ISSUED("certificate.issued"),
    /** A certificate the person already held in the legacy system, imported: no notification flood. */
    CERTIFICATE_MIGRATED("certificate.migrated"),
    CERTIFICATE_REGRADED("certificate.regraded"),
    CERTIFICATE_TRANSFERRED("certificate.transferred"),
    CERTIFICATE_RENEWED("certificate.renewed"),
    CERTIFICATE_EXPIRED("certificate.expired"),
    CERTIFICATE_SUSPENDED("certificate.suspended"),
    CERTIFICATE_REINSTATED("certificate.reinstated"),
    CERTIFICATE_CANCELLED("certificate.cancelled"),
    LOW_INCOME("civil-affairs.low-income"),
    INCOME("civil-affairs.income"),
    INSTITUTIONAL_CARE("civil-affairs.institutional-care"),
    ORPHAN_ALLOWANCE("civil-affairs.orphan-allowance"),
    DEATH("civil-affairs.death"),
    CARE_BENEFIT_STARTED("health-insurance.care-benefit.started"),
    CARE_BENEFIT_ENDED("health-insurance.care-benefit.ended");

    private final String id;

    FactChange(String id) {
        this.id = id;
    }

    /** The stable name recorded with decisions, e.g. {@code civil-affairs.death}. */
    public String id() {
        return id;
    }
}
