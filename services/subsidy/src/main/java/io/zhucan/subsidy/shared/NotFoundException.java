package io.zhucan.subsidy.shared;

/** The thing asked for does not exist (or the caller may not know it exists): 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
