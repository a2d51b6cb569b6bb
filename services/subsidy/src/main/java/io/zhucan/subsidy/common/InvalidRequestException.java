package io.zhucan.subsidy.common;

/** The request breaks a business rule of its own (answered 400). Never carries personal data. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
