package io.zhucan.rehabilitation.shared;

/** A request the domain refuses; the web adapter turns each kind into its problem+json status. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
