package io.zhucan.platform.domain;

/** A request the domain refuses; each kind has its problem+json status. Never carries personal data. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
