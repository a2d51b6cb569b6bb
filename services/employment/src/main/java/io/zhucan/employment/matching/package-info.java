/**
 * Matching (人岗匹配): PostgreSQL filters the candidates by the hard constraints, the plain-Java
 * {@link io.zhucan.employment.matching.MatchScorer} checks them again and ranks with an explanation.
 */
@NullMarked
package io.zhucan.employment.matching;

import org.jspecify.annotations.NullMarked;
