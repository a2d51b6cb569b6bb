package io.zhucan.certification.shared;

/** The reviewer registered the application or recorded its assessment: someone else must decide. */
public class FourEyesViolationException extends DomainException {

    public FourEyesViolationException(String message) {
        super(message);
    }
}
