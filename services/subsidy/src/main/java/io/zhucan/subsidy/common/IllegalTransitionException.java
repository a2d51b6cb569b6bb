package io.zhucan.subsidy.common;

/** The state machine does not allow this change now (answered 409). Never carries personal data. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
