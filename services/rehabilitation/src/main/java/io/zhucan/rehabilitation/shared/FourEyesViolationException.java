package io.zhucan.rehabilitation.shared;

/** The person who asked for an exception cannot also approve it. */
public class FourEyesViolationException extends DomainException {

    public FourEyesViolationException(String message) {
        super(message);
    }
}
