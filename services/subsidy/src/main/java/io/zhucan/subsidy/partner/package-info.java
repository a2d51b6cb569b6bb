/** What partner departments send (facts by REST or Kafka), routed to the features that react. */
@NullMarked
package io.zhucan.subsidy.partner;

import org.jspecify.annotations.NullMarked;
