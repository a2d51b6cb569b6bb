package io.zhucan.backoffice.queues.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The certification service's intake API (申请 → 评定 → 审核), through the gateway as the user. */
@Component
class Certification {

    private static final ParameterizedTypeReference<List<Application>> APPLICATIONS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    Certification(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The region's queue at one step, overdue first (the service sorts by due date). */
    List<Application> queue(String status) {
        return gateway.get(APPLICATIONS, "/api/certification/applications?status={status}&limit=100", status);
    }

    Application application(UUID id) {
        return gateway.get(Application.class, "/api/certification/applications/{id}", id);
    }

    Application register(RegistrationForm form) {
        return gateway.post(Application.class, Map.of("idNumber", form.getIdNumber().strip().toUpperCase(),
                "name", form.getName().strip(), "householdCounty", form.getHouseholdCounty(),
                "homeAssessmentRequested", form.isHomeAssessmentRequested()), "/api/certification/applications");
    }

    Application assess(UUID id, AssessmentForm form) {
        return gateway.post(Application.class, Map.of("institution", form.getInstitution().strip(),
                "disabilities", List.of(Map.of("category", form.getCategory(), "grade", form.getGrade()))),
                "/api/certification/applications/{id}/assessment", id);
    }

    Application approve(UUID id) {
        return gateway.post(Application.class, Map.of(), "/api/certification/applications/{id}/approval", id);
    }

    Application reject(UUID id, String reason) {
        return gateway.post(Application.class, Map.of("reason", reason.strip()),
                "/api/certification/applications/{id}/rejection", id);
    }
}
