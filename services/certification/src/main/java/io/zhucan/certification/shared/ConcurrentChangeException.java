package io.zhucan.certification.shared;

/** Somebody else changed the same case at the same time; the caller reloads and decides again. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
