package io.zhucan.employment.shared;

public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
