/** Referrals and placements: proposed → accepted by the seeker → interviewed → hired or not hired. */
@NullMarked
package io.zhucan.employment.referral;

import org.jspecify.annotations.NullMarked;
