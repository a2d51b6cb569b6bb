package io.zhucan.subsidy.shared;

/** A business rule refuses the request as given (a policy change in the past, an invalid ID number…): 422. */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** Stable id of the rule, e.g. {@code policy-effective-date}. */
    public String rule() {
        return rule;
    }
}
