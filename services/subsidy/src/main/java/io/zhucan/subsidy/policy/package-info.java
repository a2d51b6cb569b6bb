/** Policy as data: versioned rule settings and amounts with effective dates (domain). */
@NullMarked
package io.zhucan.subsidy.policy;

import org.jspecify.annotations.NullMarked;
