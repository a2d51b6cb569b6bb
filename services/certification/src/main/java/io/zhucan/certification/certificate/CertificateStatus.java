package io.zhucan.certification.certificate;

/** Where a certificate is in its life. */
public enum CertificateStatus {
    VALID,
    SUSPENDED,
    EXPIRED,
    CANCELLED
}
