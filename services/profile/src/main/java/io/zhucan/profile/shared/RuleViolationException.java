package io.zhucan.profile.shared;

/** A request breaks a business rule (answered 422 rule-violation with the rule's id). */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
