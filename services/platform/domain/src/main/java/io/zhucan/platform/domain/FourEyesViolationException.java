package io.zhucan.platform.domain;

/** The person who registered or prepared a case may not also decide it: 403 {@code four-eyes}. */
public class FourEyesViolationException extends DomainException {

    public FourEyesViolationException(String message) {
        super(message);
    }
}
