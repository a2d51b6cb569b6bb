package io.zhucan.backoffice.personfile.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The person file's actions as the services offer them (certification's certificate life, subsidy's
 * reviewer override and the citizen's declining that a caseworker records), called with the user's own token. The answer's status tells done (200/201)
 * from accepted for someone else to finish (202: the destination county, a second reviewer).
 */
@Component
class PersonActions {

    private static final String CERTIFICATE = "/api/certification/certificates/{id}/";

    private final Gateway gateway;

    PersonActions(Gateway gateway) {
        this.gateway = gateway;
    }

    int perform(PersonAction action, PersonFiles.Certified person, ActionForm form) {
        if (action == PersonAction.OVERRIDE) {
            return override(person.personId(), form);
        }
        if (action == PersonAction.DECLINE) {
            return gateway.postForStatus(Map.of("declaration", form.getDeclaration()),
                    "/api/subsidies/persons/{person}/allowances/{allowance}/decline", person.personId(),
                    form.getAllowance());
        }
        if (person.certificate() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the person holds no certificate");
        }
        UUID certificateId = person.certificate().id();
        return switch (action) {
            case RENEW -> onCertificate("renewal", certificateId, Map.of());
            case REISSUE -> onCertificate("reissue", certificateId, Map.of());
            case REGRADE -> onCertificate("reassessments", certificateId,
                    Map.of("homeAssessmentRequested", form.isHomeAssessmentRequested()));
            case TRANSFER -> onCertificate("transfer", certificateId, Map.of("toCounty", form.getToCounty()));
            case SUSPEND -> onCertificate("suspension", certificateId, Map.of("reason", form.getReason()));
            case REINSTATE -> onCertificate("reinstatement", certificateId, Map.of());
            case CANCEL -> onCertificate("cancellation", certificateId,
                    Map.of("reason", form.getCancellationReason(), "effectiveOn", form.getEffectiveOn().toString()));
            case OVERRIDE -> override(person.personId(), form);
            case DECLINE -> throw new IllegalStateException("an allowance's action");
        };
    }

    private int onCertificate(String command, UUID certificateId, Map<String, Object> body) {
        return gateway.postForStatus(body, CERTIFICATE + command, certificateId);
    }

    private int override(UUID personId, ActionForm form) {
        Map<String, Object> body = new HashMap<>(Map.of("action", form.getOverrideAction(), "reason", form.getReason()));
        if (form.monthlyAmountFen() != null) {
            body.put("monthlyAmountFen", form.monthlyAmountFen());
        }
        return gateway.postForStatus(body, "/api/subsidies/persons/{person}/allowances/{allowance}/override", personId,
                form.getAllowance());
    }
}
