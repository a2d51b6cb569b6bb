/** Domain-level building blocks shared by the features: the exceptions the domain refuses requests with. */
@NullMarked
package io.zhucan.certification.shared;

import org.jspecify.annotations.NullMarked;
