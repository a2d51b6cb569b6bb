package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.policy.RuleIds;
import java.util.List;
import java.util.Map;

/** Decisions in plain words for the citizen (Chinese first, English after). */
public final class Explanations {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry(RuleIds.LIVING_ALIVE, "已登记死亡 (a death has been registered)"),
            Map.entry(RuleIds.NURSING_ALIVE, "已登记死亡 (a death has been registered)"),
            Map.entry(RuleIds.LIVING_CERTIFICATE_VALID,
                    "残疾人证不在有效状态（过期、暂停或注销）(the disability certificate is not valid: expired, suspended or cancelled)"),
            Map.entry(RuleIds.NURSING_CERTIFICATE_VALID,
                    "残疾人证不在有效状态（过期、暂停或注销）(the disability certificate is not valid: expired, suspended or cancelled)"),
            Map.entry(RuleIds.LIVING_LOW_INCOME,
                    "民政部门未登记您家庭为低保或低保边缘家庭 (civil affairs has not registered your household as low-income)"),
            Map.entry(RuleIds.LIVING_EXCLUDE_ORPHAN_ALLOWANCE,
                    "您已领取孤儿基本生活费，不重复享受生活补贴 (you receive the orphan basic living allowance)"),
            Map.entry(RuleIds.NURSING_SEVERE_GRADE,
                    "残疾类别和等级不在护理补贴范围内（一般为一、二级）(your disability grade is not covered, usually grades 1 and 2)"),
            Map.entry(RuleIds.NURSING_EXCLUDE_INSTITUTIONAL_CARE,
                    "您已纳入特困人员集中供养，不享受护理补贴 (you are in state institutional care)"),
            Map.entry(RuleIds.NURSING_EXCLUDE_CARE_BENEFIT,
                    "您已享受长期护理保险等护理待遇，不重复享受护理补贴 (you receive long-term-care insurance or a similar care benefit)"),
            Map.entry(RuleIds.MISSING_INSTITUTIONAL_CARE,
                    "需核实是否集中供养，工作人员将联系您 (whether you are in institutional care must be checked: a caseworker will contact you)"),
            Map.entry(RuleIds.MISSING_LIVING_AMOUNT, "本地补贴标准待确定，工作人员将处理 (the local amount is not yet set: a caseworker handles it)"),
            Map.entry(RuleIds.MISSING_NURSING_AMOUNT, "本地补贴标准待确定，工作人员将处理 (the local amount is not yet set: a caseworker handles it)"));

    public static String allowanceName(Allowance allowance) {
        return switch (allowance) {
            case LIVING -> "困难残疾人生活补贴 (living allowance)";
            case NURSING -> "重度残疾人护理补贴 (nursing allowance)";
        };
    }

    public static String rule(String ruleId) {
        return RULES.getOrDefault(ruleId, ruleId);
    }

    public static String summary(Allowance allowance, EligibilityOutcome outcome, List<String> failed,
            List<String> missing, Long amountFen) {
        String name = allowanceName(allowance);
        return switch (outcome) {
            case ELIGIBLE -> "您符合" + name + "条件，无需申请，每月" + yuan(amountFen) + "元 (eligible, no application needed)";
            case NOT_ELIGIBLE -> "您暂不符合" + name + "条件：" + String.join("；", failed.stream().map(Explanations::rule).toList());
            case UNDECIDABLE -> name + "需人工核实：" + String.join("；", missing.stream().map(Explanations::rule).toList());
        };
    }

    public static String yuan(Long fen) {
        if (fen == null) {
            return "-";
        }
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    private Explanations() {
    }
}
