package io.zhucan.certification.shared;

/** The action is not allowed in the current state (approve an unassessed case, renew a cancelled certificate…). */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
