package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Decision.EndReason;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Decisions and notices in plain words for the citizen (Chinese first, English after). */
public final class Explanations {

    private static final String DEATH = "已登记死亡 (a death has been registered)";
    private static final String CERTIFICATE =
            "残疾人证不在有效状态（过期、暂停或注销）(the disability certificate is not valid: expired, suspended or cancelled)";
    private static final String AMOUNT = "本地补贴标准待确定，工作人员将处理 (the local amount is not yet set: a caseworker handles it)";
    private static final Map<RuleId, String> RULES = new EnumMap<>(Map.of(
            RuleId.LIVING_ALIVE, DEATH,
            RuleId.NURSING_ALIVE, DEATH,
            RuleId.LIVING_CERTIFICATE_VALID, CERTIFICATE,
            RuleId.NURSING_CERTIFICATE_VALID, CERTIFICATE,
            RuleId.LIVING_LOW_INCOME,
            "民政部门未登记您家庭为低保或低保边缘家庭 (civil affairs has not registered your household as low-income)",
            RuleId.LIVING_INCOME,
            "民政部门核定的家庭人均收入（或劳动年龄段本人收入）不在低保边缘标准范围内 (the assessed income is above the near-low-income range)",
            RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE,
            "您已领取孤儿基本生活费，不重复享受生活补贴 (you receive the orphan basic living allowance)",
            RuleId.NURSING_SEVERE_GRADE,
            "残疾类别和等级不在护理补贴范围内（一般为一、二级）(your disability grade is not covered, usually grades 1 and 2)",
            RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE, "您已纳入特困人员集中供养，不享受护理补贴 (you are in state institutional care)",
            RuleId.NURSING_EXCLUDE_CARE_BENEFIT,
            "您已享受长期护理保险等护理待遇，不重复享受护理补贴 (you receive long-term-care insurance or a similar care benefit)"));
    private static final Map<MissingFact, String> MISSING = new EnumMap<>(Map.of(
            MissingFact.INSTITUTIONAL_CARE,
            "需核实是否集中供养，工作人员将联系您 (whether you are in institutional care must be checked: a caseworker will contact you)",
            MissingFact.LIVING_AMOUNT, AMOUNT,
            MissingFact.NURSING_AMOUNT, AMOUNT));

    public static String allowanceName(Allowance allowance) {
        return switch (allowance) {
            case LIVING -> "困难残疾人生活补贴 (living allowance)";
            case NURSING -> "重度残疾人护理补贴 (nursing allowance)";
        };
    }

    public static String rule(RuleId rule) {
        return RULES.get(rule);
    }

    /** A recorded rule or missing-fact id in words (the id itself if this version does not know it). */
    public static String ofId(String id) {
        return RuleId.byId(id).map(Explanations::rule)
                .or(() -> MissingFact.byId(id).map(MISSING::get))
                .orElse(id);
    }

    public static String rules(List<RuleId> rules) {
        return String.join("；", rules.stream().map(Explanations::rule).toList());
    }

    public static String summary(Allowance allowance, EligibilityOutcome outcome, List<String> failed,
            List<String> missing, @Nullable Long amountFen) {
        return summary(allowance, outcome, failed, missing, amountFen, List.of());
    }

    /** As above, naming the city's or county's rules that decided instead of the province's. */
    public static String summary(Allowance allowance, EligibilityOutcome outcome, List<String> failed,
            List<String> missing, @Nullable Long amountFen, List<String> regionalRules) {
        String name = allowanceName(allowance);
        String summary = switch (outcome) {
            case ELIGIBLE -> "您符合" + name + "条件，无需申请，每月" + yuan(amountFen) + "元 (eligible, no application needed)";
            case NOT_ELIGIBLE -> "您暂不符合" + name + "条件：" + String.join("；", failed.stream().map(Explanations::ofId).toList());
            case UNDECIDABLE -> name + "需人工核实：" + String.join("；", missing.stream().map(Explanations::ofId).toList());
        };
        return regionalRules.isEmpty() ? summary
                : summary + "（" + String.join("；", regionalRules.stream().map(Explanations::regionalRule).toList()) + "）";
    }

    /** {@code NURSING.SEVERE_GRADE@330100} in words: whose rule it is. */
    static String regionalRule(String recorded) {
        String[] parts = recorded.split("@", 2);
        if (parts.length != 2) {
            return recorded;
        }
        String region = Divisions.zhejiang().find(parts[1]).map(d -> d.name() + " " + d.code()).orElse(parts[1]);
        return "按" + region + "的规定 " + parts[0] + " (decided by the rule of " + parts[1] + ")";
    }

    public static String ending(EndReason reason) {
        return switch (reason) {
            case DEATH -> "死亡 (death)";
            case CERTIFICATE_CANCELLED -> "残疾人证注销 (certificate cancelled)";
            case MOVED_OUT_OF_PROVINCE -> "迁出本省 (moved out of the province)";
        };
    }

    public static String byCaseworker(String reason) {
        return "工作人员处理 (decided by a caseworker)：" + reason;
    }

    public static String granted(Entitlement e) {
        return granted(e, List.of(new ScheduledAmount(e.startMonth(), e.latestAmountFen(), null)));
    }

    /** Granted with its amount schedule: a late fact names each policy's amount from its month (补发 at those amounts). */
    public static String granted(Entitlement e, List<ScheduledAmount> schedule) {
        String amounts = schedule.size() == 1 ? "每月" + yuan(e.latestAmountFen()) + "元，自" + e.startMonth() + "起发放"
                : String.join("，", schedule.stream().map(s -> "自" + s.from() + "起每月" + yuan(s.amountFen()) + "元").toList())
                        + "（按各月当时的政策标准补发 (each month at the amount of the policy then in force)）";
        return "您已自动获得" + allowanceName(e.allowance()) + "，无需申请，" + amounts
                + "。如不需要，可以放弃。(granted automatically, no application needed; you may decline it)";
    }

    public static String amountChanged(Entitlement e, YearMonth from) {
        return allowanceName(e.allowance()) + "自" + from + "起调整为每月" + yuan(e.latestAmountFen())
                + "元 (amount changes from " + from + ")";
    }

    public static String resumed(Entitlement e, YearMonth from) {
        return "您的" + allowanceName(e.allowance()) + "自" + from + "起恢复发放 (resumed from " + from + ")";
    }

    public static String suspended(Entitlement e, YearMonth from, String why) {
        return "您的" + allowanceName(e.allowance()) + "自" + from + "起暂停发放：" + why;
    }

    public static String terminated(Entitlement e, YearMonth lastPayableMonth, String reason) {
        return allowanceName(e.allowance()) + "已终止，最后发放月份 " + lastPayableMonth + "：" + reason;
    }

    public static String declined(Entitlement e) {
        return "您已放弃" + allowanceName(e.allowance()) + "，" + e.endMonth() + "之后不再发放 (declined: nothing is paid after "
                + e.endMonth() + ")";
    }

    public static String overpaid(Entitlement e, int months, long amountFen) {
        return "已多发" + allowanceName(e.allowance()) + " " + months + "个月，共" + yuan(amountFen)
                + "元，需退回 (overpaid: to be recovered)";
    }

    /** Why an overpayment is claimed, by the transition that ended or paused the payments. */
    public static String overpaymentReason(Transition transition) {
        return switch (transition) {
            case Transition.Suspend s -> "暂停后已发放 (instructed after suspension): " + s.reason();
            case Transition.Terminate t -> t.reason();
            case Transition.Decline d -> "放弃后已发放 (instructed after the citizen declined)";
            default -> throw new IllegalArgumentException("no overpayment after " + transition.getClass().getSimpleName());
        };
    }

    public static String yuan(@Nullable Long fen) {
        if (fen == null) {
            return "-";
        }
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    private Explanations() {
    }
}
