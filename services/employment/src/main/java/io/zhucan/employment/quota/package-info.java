/** The employment quota (按比例安排残疾人就业) and the employment security fund (残保金), per employer and year. */
@NullMarked
package io.zhucan.employment.quota;

import org.jspecify.annotations.NullMarked;
