package io.zhucan.subsidy.shared;

/** The state machine does not allow this change now (resume an active entitlement…): 409. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
