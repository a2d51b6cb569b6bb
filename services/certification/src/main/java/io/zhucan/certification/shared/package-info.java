/** Domain-level building blocks shared by the features: disabilities (the refusals are platform-domain's). */
@NullMarked
package io.zhucan.certification.shared;

import org.jspecify.annotations.NullMarked;
