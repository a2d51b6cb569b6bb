/** Domain building blocks every feature shares: the refusals and the month arithmetic (plain Java). */
@NullMarked
package io.zhucan.subsidy.shared;

import org.jspecify.annotations.NullMarked;
