/** Home accessibility modification (无障碍改造): survey, plan and budget, works, acceptance with the subsidy paid once. */
@NullMarked
package io.zhucan.rehabilitation.modification;

import org.jspecify.annotations.NullMarked;
