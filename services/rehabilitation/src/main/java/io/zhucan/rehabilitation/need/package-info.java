/** Needs assessment (精准康复): opened for every new or regraded certificate, assessed, planned, delivered, closed. */
@NullMarked
package io.zhucan.rehabilitation.need;

import org.jspecify.annotations.NullMarked;
