/** Job seekers: a profile and a consent with its scope; without consent, nobody sees them. */
@NullMarked
package io.zhucan.employment.seeker;

import org.jspecify.annotations.NullMarked;
