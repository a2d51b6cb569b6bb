/** The caseworkers' exception queue: what the rules cannot decide, payments that keep failing. */
@NullMarked
package io.zhucan.subsidy.casework;

import org.jspecify.annotations.NullMarked;
