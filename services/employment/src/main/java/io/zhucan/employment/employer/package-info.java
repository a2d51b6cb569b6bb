/** Employers (registered organisations with their headcount) and the jobs they offer. */
@NullMarked
package io.zhucan.employment.employer;

import org.jspecify.annotations.NullMarked;
