/** The certification topic's single entry point: its events reach outreach and the seeker files. */
@NullMarked
package io.zhucan.employment.certificates;

import org.jspecify.annotations.NullMarked;
