/**
 * Certification's policy tables (认证政策): how long a certificate is valid for a holder's age and
 * category, and the working days of each workflow step — versioned with effective dates at three
 * levels (the province's defaults, a city's or a county's own), edited by operators, each version
 * recorded with who, when and why. The most specific level in force decides, per table.
 */
@NullMarked
package io.zhucan.certification.policy;

import org.jspecify.annotations.NullMarked;
