package io.zhucan.profile.indicator;

import java.util.List;
import java.util.Optional;

/**
 * The plan's indicators this model computes (seed 001 table, seed 003 for Hangzhou). Every count is
 * "as of the last day of the month", persons counted in the county of their household registration.
 */
public final class Definitions {

    public static final List<Definition> ALL = List.of(
            new Definition("living-allowance-coverage", "困难残疾人生活补贴覆盖率",
                    "eligible persons with a living-allowance entitlement granted and not suspended or ended",
                    "persons whose latest living-allowance decision is ELIGIBLE",
                    List.of("subsidy.eligibility.decided", "subsidy.entitlement.granted/suspended/resumed/terminated"),
                    "percent"),
            new Definition("nursing-allowance-coverage", "重度残疾人护理补贴覆盖率",
                    "eligible persons with a nursing-allowance entitlement granted and not suspended or ended",
                    "persons whose latest nursing-allowance decision is ELIGIBLE",
                    List.of("subsidy.eligibility.decided", "subsidy.entitlement.granted/suspended/resumed/terminated"),
                    "percent"),
            new Definition("granted-without-application", "免申即享比例",
                    "persons granted an allowance in the month by the rule engine's data comparison",
                    "persons granted an allowance in the month",
                    List.of("subsidy.entitlement.granted"), "percent"),
            new Definition("days-application-to-certificate", "申请至发证平均天数",
                    "calendar days from application to issue, summed (no working-day calendar exists in the platform"
                            + " yet: plain days, weekends and holidays included)",
                    "certificates issued in the month after an application",
                    List.of("certification.certificate.applied", "certification.certificate.issued"), "days"),
            new Definition("basic-rehab-coverage", "残疾人基本康复服务覆盖率",
                    "persons with a rehabilitation service delivered",
                    "persons with a needs assessment opened, except those closed with no need",
                    List.of("rehabilitation.need.opened", "rehabilitation.service.delivered",
                            "rehabilitation.need.closed"), "percent"),
            new Definition("device-fitting-rate", "残疾人辅助器具适配率",
                    "persons with an assistive device fitted",
                    "persons whose rehabilitation plan includes an assistive device",
                    List.of("rehabilitation.plan.set", "rehabilitation.device.fitted"), "percent"),
            new Definition("home-modification-rate", "符合条件残疾人家庭无障碍改造率",
                    "persons whose home modification was accepted",
                    "persons whose rehabilitation plan includes a home modification",
                    List.of("rehabilitation.plan.set", "rehabilitation.modification.accepted"), "percent"),
            new Definition("employment-rate", "残疾人就业率",
                    "labour-age holders with a placement",
                    "living certificate holders of labour age (policy table labour_age)",
                    List.of("certification.certificate.issued/cancelled", "partner death.registered",
                            "employment.seeker.placed"), "percent"));

    public static Optional<Definition> byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private Definitions() {
    }
}
