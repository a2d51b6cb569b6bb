/**
 * The 低保 standards of the counties (civil affairs publishes them, with effective months) and the
 * living allowance as a share of the local standard: what the living allowance's amount follows.
 */
@NullMarked
package io.zhucan.subsidy.standard;

import org.jspecify.annotations.NullMarked;
