/** Child rehabilitation (残疾儿童康复救助): eligibility by age, designated institutions, enrolment, monthly services, yearly cap. */
@NullMarked
package io.zhucan.rehabilitation.child;

import org.jspecify.annotations.NullMarked;
