package io.zhucan.platform.domain;

/** Somebody else changed the same case at the same time; the caller reloads and decides again: 409 {@code concurrent-change}. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
