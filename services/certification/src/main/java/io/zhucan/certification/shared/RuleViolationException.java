package io.zhucan.certification.shared;

/** A business rule refuses the request as given (four-eyes, an invalid ID number, an unknown county…). */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** Stable id of the rule, e.g. {@code four-eyes}. */
    public String rule() {
        return rule;
    }
}
