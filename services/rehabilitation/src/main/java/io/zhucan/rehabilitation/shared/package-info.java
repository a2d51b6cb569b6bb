/** What every feature shares: the domain's refusals and the service's roles. */
@NullMarked
package io.zhucan.rehabilitation.shared;

import org.jspecify.annotations.NullMarked;
