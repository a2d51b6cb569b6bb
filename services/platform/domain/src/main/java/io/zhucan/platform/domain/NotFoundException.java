package io.zhucan.platform.domain;

/** The thing asked for does not exist (or the caller may not know it exists): 404 {@code not-found}. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
