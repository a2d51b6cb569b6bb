package io.zhucan.platform.domain;

/** A business rule refuses the request as given (an invalid ID number, a date out of bounds…): 422 {@code rule-violation}. */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** Stable id of the rule, e.g. {@code resident-id-number}. */
    public String rule() {
        return rule;
    }
}
