/** The yearly full check (年度复核): every open entitlement against today's facts and policy (domain: no Spring, no SQL). */
@NullMarked
package io.zhucan.subsidy.review;

import org.jspecify.annotations.NullMarked;
