package io.zhucan.rehabilitation.shared;

/** A business rule refuses the request as given (an unsuited device without a reason, a cap reached…). */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** Stable id of the rule, e.g. {@code device-suitability}. */
    public String rule() {
        return rule;
    }
}
