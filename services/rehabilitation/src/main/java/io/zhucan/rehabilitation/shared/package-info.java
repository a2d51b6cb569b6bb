/** What every feature shares: the ID-number hash, region scope and the service's roles. */
@NullMarked
package io.zhucan.rehabilitation.shared;

import org.jspecify.annotations.NullMarked;
