/** What every feature shares: the refusals, the roles, the ID-number hash, the province's time. */
@NullMarked
package io.zhucan.profile.shared;

import org.jspecify.annotations.NullMarked;
