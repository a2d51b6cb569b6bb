package io.zhucan.certification.calendar;

/** An operator published a year of the calendar: due dates counted through it are stale. */
public record WorkingDaysChanged(int year) {
}
