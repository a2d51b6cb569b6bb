package io.zhucan.rehabilitation.shared;

public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
