/**
 * Maker-checker (四眼原则) for money that moves by hand: a policy change, a manual grant above the
 * policy's amount, a payment run ahead of its month. One person asks, another approves; both names
 * are kept. The feature knows no other: each kind of request is carried out by its own feature.
 */
@NullMarked
package io.zhucan.subsidy.approval;

import org.jspecify.annotations.NullMarked;
