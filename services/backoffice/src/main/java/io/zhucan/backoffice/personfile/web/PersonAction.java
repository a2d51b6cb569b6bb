package io.zhucan.backoffice.personfile.web;

import io.zhucan.backoffice.shared.web.Staff;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What staff may do from a person's file, with the role the service asks for each (the links shown
 * follow it; the service decides) and the fields of its form. A refusal's rule id that is about one
 * field is shown at that field.
 */
enum PersonAction {
    RENEW(List.of("caseworker", "reviewer"), List.of(), Map.of()),
    REISSUE(List.of("caseworker"), List.of(), Map.of()),
    REGRADE(List.of("caseworker"), List.of("homeAssessmentRequested"), Map.of()),
    TRANSFER(List.of("caseworker"), List.of("toCounty"), Map.of("transfer", "toCounty", "county", "toCounty")),
    SUSPEND(List.of("reviewer"), List.of("reason"), Map.of("suspension-reason", "reason")),
    REINSTATE(List.of("reviewer"), List.of(), Map.of()),
    CANCEL(List.of("reviewer"), List.of("cancellationReason", "effectiveOn"),
            Map.of("death-fact", "cancellationReason", "reason", "cancellationReason")),
    OVERRIDE(List.of("reviewer"), List.of("allowance", "overrideAction", "reason", "monthlyAmount"),
            Map.of("override-amount", "monthlyAmount", "monthlyAmountFen", "monthlyAmount", "action", "overrideAction")),
    DECLINE(List.of("caseworker"), List.of("allowance", "declaration"), Map.of());

    private final List<String> roles;
    private final List<String> fields;
    private final Map<String, String> fieldOf;

    PersonAction(List<String> roles, List<String> fields, Map<String, String> fieldOf) {
        this.roles = roles;
        this.fields = fields;
        this.fieldOf = fieldOf;
    }

    /** As it stands in URLs and message keys: {@code renew}, {@code override}... */
    public String slug() {
        return name().toLowerCase();
    }

    static Optional<PersonAction> of(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }

    static List<PersonAction> allowedFor(Staff staff) {
        return Arrays.stream(values()).filter(a -> a.allows(staff)).toList();
    }

    boolean allows(Staff staff) {
        return staff.hasAny(roles.toArray(String[]::new));
    }

    public boolean onCertificate() {
        return this != OVERRIDE && this != DECLINE;
    }

    /** The form's fields in their order (the error summary lists them so). */
    public String fields() {
        return String.join(",", fields);
    }

    List<String> fieldList() {
        return fields;
    }

    /** The service's field name or rule id → this form's field. */
    Map<String, String> fieldOf() {
        return fieldOf;
    }
}
