package io.zhucan.certification.shared;

/** The thing asked for does not exist (or the caller may not know it exists). */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
