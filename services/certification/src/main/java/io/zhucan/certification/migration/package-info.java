/**
 * The migration of the legacy system's certificate holders (docs/migration.md): an export file read
 * row by row, each row checked, the good ones imported in chunks (person, VALID certificate,
 * CertificateIssued with migrated = true), the bad ones reported by row, column and reason.
 */
@NullMarked
package io.zhucan.certification.migration;

import org.jspecify.annotations.NullMarked;
