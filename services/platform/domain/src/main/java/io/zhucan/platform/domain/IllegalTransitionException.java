package io.zhucan.platform.domain;

/** The state does not allow this action now (approve an unassessed case…): 409 {@code illegal-transition}. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
