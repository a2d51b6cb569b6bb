package io.zhucan.employment.shared;

/** The request clashes with the current state (409): a second registration, a step out of order. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
