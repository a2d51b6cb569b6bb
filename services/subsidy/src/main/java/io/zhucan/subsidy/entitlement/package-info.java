/** Eligibility rules, decisions and the entitlement lifecycle (domain: no Spring, no SQL). */
@NullMarked
package io.zhucan.subsidy.entitlement;

import org.jspecify.annotations.NullMarked;
