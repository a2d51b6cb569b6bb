package io.zhucan.rehabilitation.shared;

public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
