package io.zhucan.certification.calendar;

import java.time.LocalDate;

/** A day the State Council's holiday notice changes: a holiday (放假) or a make-up working day (调休上班). */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public enum Kind { HOLIDAY, MAKEUP_WORKDAY }
}
