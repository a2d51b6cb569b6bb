/** The plan's indicators from the data: definitions, targets per region, drill-down and small-cell suppression. */
@NullMarked
package io.zhucan.profile.indicator;

import org.jspecify.annotations.NullMarked;
