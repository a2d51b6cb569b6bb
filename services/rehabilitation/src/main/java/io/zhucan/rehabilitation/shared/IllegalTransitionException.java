package io.zhucan.rehabilitation.shared;

/** The case is not in a state that allows the step (a plan before an assessment, a second acceptance…). */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
