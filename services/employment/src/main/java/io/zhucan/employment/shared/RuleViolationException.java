package io.zhucan.employment.shared;

/** A request the rules forbid (422): the rule is named for the caller. */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
