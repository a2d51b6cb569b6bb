package io.zhucan.backoffice.personfile.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 一人一档 from the three services that hold it, each read audited by its service: certification (who
 * and which certificate), subsidy (allowances and payments), profile (the timeline of every event).
 */
@Component
class PersonFiles {

    record Certified(UUID personId, String name, String idNumber, LocalDate birthDate, String sex,
            String householdCounty, @Nullable String householdTownship, @Nullable LocalDate dateOfDeath,
            @Nullable Certificate certificate) {
    }

    record Certificate(UUID id, String number, String category, String grade, String status, LocalDate validUntil) {
    }

    record SubsidyCase(String idNumberMasked, @Nullable String lowIncomeStatus, List<Entitlement> entitlements,
            List<Payment> payments) {
    }

    record Entitlement(String allowance, String allowanceName, String status, String startMonth,
            @Nullable String endMonth, long monthlyAmountFen, @Nullable String statusReason, boolean manualOverride) {
    }

    record Payment(String allowance, String month, long amountFen, String status, @Nullable String failureReason) {
    }

    record Timeline(String county, @Nullable String certificate, List<Entry> timeline) {
    }

    record Entry(Instant occurredAt, String type, Map<String, Object> summary, @Nullable String reason,
            @Nullable String rules) {
    }

    private final Gateway gateway;

    PersonFiles(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The ID number goes in a body, never in a URL (URLs end up in access logs). */
    Certified lookup(String idNumber) {
        return gateway.post(Certified.class, Map.of("idNumber", idNumber), "/api/certification/persons/lookup");
    }

    Certified certified(UUID person) {
        return gateway.get(Certified.class, "/api/certification/persons/{id}", person);
    }

    SubsidyCase subsidies(UUID person) {
        return gateway.get(SubsidyCase.class, "/api/subsidies/persons/{id}", person);
    }

    Timeline timeline(UUID person) {
        return gateway.get(Timeline.class, "/api/profile/persons/{id}/timeline", person);
    }
}
