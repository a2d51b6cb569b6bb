/** Certificates: issue, renew, regrade, transfer, reissue, suspend, reinstate, expire, cancel; public verification. */
@NullMarked
package io.zhucan.certification.certificate;

import org.jspecify.annotations.NullMarked;
