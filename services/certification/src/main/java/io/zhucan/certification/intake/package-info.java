/** Intake: applications for certificates and reassessments, assessment (评定) and review (审核). */
@NullMarked
package io.zhucan.certification.intake;

import org.jspecify.annotations.NullMarked;
