package io.zhucan.certification.certificate;

import static io.zhucan.certification.certificate.CertificateStatus.EXPIRED;
import static io.zhucan.certification.certificate.CertificateStatus.SUSPENDED;
import static io.zhucan.certification.certificate.CertificateStatus.VALID;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to an issued certificate, and in which states it may (a cancelled certificate is final). */
public enum CertificateAction {
    /** 换领: a new validity period, before or after expiry */
    RENEW(VALID, EXPIRED),
    /** a reassessment changed category or grade */
    REGRADE(VALID),
    /** household registration moved to another county of the province */
    TRANSFER(VALID, SUSPENDED, EXPIRED),
    /** 补办 after loss: a new verification code */
    REISSUE(VALID),
    SUSPEND(VALID),
    REINSTATE(SUSPENDED),
    /** the validity period ended without renewal */
    EXPIRE(VALID),
    /** 注销: death, request, moved out of the province */
    CANCEL(VALID, SUSPENDED, EXPIRED);

    private final Set<CertificateStatus> allowedFrom;

    CertificateAction(CertificateStatus first, CertificateStatus... more) {
        this.allowedFrom = EnumSet.of(first, more);
    }

    public boolean allowedFrom(CertificateStatus status) {
        return allowedFrom.contains(status);
    }
}
