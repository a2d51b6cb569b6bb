/** Outreach: certificate holders of labour age, whom the county's employment service contacts. */
@NullMarked
package io.zhucan.employment.outreach;

import org.jspecify.annotations.NullMarked;
