package io.zhucan.profile.shared;

/** A request the model refuses (answered 404 problem+json); messages carry no personal data. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
