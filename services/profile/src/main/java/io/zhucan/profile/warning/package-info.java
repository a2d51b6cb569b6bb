/** Early warnings (预测预警): persons past a policy threshold, counties below a target. */
@NullMarked
package io.zhucan.profile.warning;

import org.jspecify.annotations.NullMarked;
