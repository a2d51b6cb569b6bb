package io.zhucan.backoffice.queues.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application as certification shows it to staff (the fields the queues use). */
record Application(UUID id, String kind, Applicant applicant, String householdCounty, String acceptingCounty,
        String channel, boolean homeAssessmentRequested, String registeredBy, Instant submittedAt, String status,
        LocalDate stepDueOn, boolean overdue, @Nullable Assessment assessment, @Nullable Decision review) {

    record Applicant(UUID personId, String name, String idNumber, LocalDate birthDate, String sex) {
    }

    record Assessment(String category, String grade, List<Disability> disabilities, String institution,
            String assessedBy, LocalDate assessedOn) {
    }

    record Disability(String category, String grade) {
    }

    record Decision(String reviewer, boolean approved, @Nullable String reason, Instant at) {
    }
}
