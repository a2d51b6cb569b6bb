/** Monthly payment instructions, runs, settlements and overpayments (domain: no Spring, no SQL). */
@NullMarked
package io.zhucan.subsidy.payment;

import org.jspecify.annotations.NullMarked;
