package io.zhucan.subsidy.entitlement;

import java.util.UUID;

/** The certificate number of a holder (port): what civil affairs matches a person on. */
@FunctionalInterface
public interface CertificateNumbers {

    String of(UUID personId);
}
