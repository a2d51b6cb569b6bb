package io.zhucan.subsidy.shared;

/** A request the domain refuses; the web adapter turns each kind into its problem+json status. Never carries personal data. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
