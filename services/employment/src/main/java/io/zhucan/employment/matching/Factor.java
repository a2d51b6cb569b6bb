package io.zhucan.employment.matching;

/** One reason a match scores what it does: points added (or, if negative, removed) and why. */
public record Factor(String name, int points, String reason) {
}
