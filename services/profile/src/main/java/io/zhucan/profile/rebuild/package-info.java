/** Rebuild of the read model by replay from offset zero into a new generation. */
@NullMarked
package io.zhucan.profile.rebuild;

import org.jspecify.annotations.NullMarked;
