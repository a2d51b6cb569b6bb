package io.zhucan.subsidy.common;

/** The thing asked for does not exist (answered 404). Never carries personal data. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
