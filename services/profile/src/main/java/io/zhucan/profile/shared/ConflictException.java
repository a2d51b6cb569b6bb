package io.zhucan.profile.shared;

/** A request the model refuses (answered 409 problem+json); messages carry no personal data. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
