/** The read side: a person's subsidy file for staff of their county, and the citizen's own view (audited). */
@NullMarked
package io.zhucan.subsidy.personfile;

import org.jspecify.annotations.NullMarked;
