package io.zhucan.certification.shared;

/** The request contradicts what is already recorded (a second certificate, an application in progress…). */
public class ConflictException extends DomainException {

    private final String rule;

    public ConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
