/** Administrative divisions: which county codes exist and their names. */
@NullMarked
package io.zhucan.certification.region;

import org.jspecify.annotations.NullMarked;
