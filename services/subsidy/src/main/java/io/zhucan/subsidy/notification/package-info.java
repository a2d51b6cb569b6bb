/** What the citizen is told about their allowances (granted, changed, suspended, overpaid…). */
@NullMarked
package io.zhucan.subsidy.notification;

import org.jspecify.annotations.NullMarked;
