/**
 * Working days (工作日): the official holidays and make-up working days (调休) of each year, as the
 * State Council publishes them, which the due dates of the certificate workflow count in.
 */
@NullMarked
package io.zhucan.certification.calendar;

import org.jspecify.annotations.NullMarked;
