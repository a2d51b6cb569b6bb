/** The migration from the legacy system: the months it already paid (domain: no Spring, no SQL). */
@NullMarked
package io.zhucan.subsidy.migration;

import org.jspecify.annotations.NullMarked;
