/** Domain building blocks every feature shares: the month arithmetic (the refusals are platform-domain's). */
@NullMarked
package io.zhucan.subsidy.shared;

import org.jspecify.annotations.NullMarked;
