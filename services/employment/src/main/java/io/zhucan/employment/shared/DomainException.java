package io.zhucan.employment.shared;

/** A refusal of the domain. Messages name rules and states, never personal data. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
