package io.zhucan.certification.certificate;

/** Source of new verification codes (port: random in production, predictable in tests). */
public interface VerificationCodes {

    String next();
}
