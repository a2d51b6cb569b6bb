package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.RuleId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data for the fast tests: a fixed clock, the seeded policy, certificate holders and users. */
public final class PeopleAndPolicy {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-15 in Zhejiang: the next month (次月) is December. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T02:00:00Z"), ZONE);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    public static final Policy POLICY = new Policy(1, LocalDate.of(2026, 1, 1), Map.of(
            RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO,DIBAO_EDGE"),
            RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE.id(), new RuleSetting(true, ""),
            RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "*:GRADE_1,*:GRADE_2"),
            RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE.id(), new RuleSetting(true, ""),
            RuleId.NURSING_EXCLUDE_CARE_BENEFIT.id(), new RuleSetting(true, "LONG_TERM_CARE_INSURANCE")),
            List.of(new Amount(Allowance.LIVING, "330000", null, 30000),
                    new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 40000),
                    new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_1, 40000),
                    new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_2, 30000)));

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    /** A valid ID number, a new one each call. */
    public static ResidentIdNumber newIdNumber() {
        String first17 = "33010219800101" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return ResidentIdNumber.of(first17 + ResidentIdNumbers.checkCharacter(first17));
    }

    /** A holder of a valid certificate issued on {@code issuedOn}. */
    /** The certificate number every test holder has (the fake of {@code CertificateNumbers}). */
    public static String certificateNumber(UUID personId) {
        return "33010219900307002X21";
    }

    public static PersonFacts holder(String county, DisabilityCategory category, DisabilityGrade grade,
            LocalDate issuedOn) {
        ResidentIdNumber id = newIdNumber();
        Certificate certificate = new Certificate(UUID.randomUUID(), id.value() + category.digit() + grade.level(),
                category, grade, issuedOn, county, CertificateStatus.VALID, issuedOn, issuedOn, issuedOn.plusYears(10),
                null);
        return PersonFacts.empty(id).withCertificate(UUID.randomUUID(), certificate);
    }

    public static CurrentUser staff(String username, String region, String... roles) {
        return new CurrentUser(username, Set.of(roles), region, null, "backoffice");
    }

    public static CurrentUser citizen(UUID personId) {
        return new CurrentUser("citizen", Set.of("citizen"), null, personId, "zhucan-app");
    }

    private PeopleAndPolicy() {
    }
}
