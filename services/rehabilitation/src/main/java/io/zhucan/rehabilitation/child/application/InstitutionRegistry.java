package io.zhucan.rehabilitation.child.application;

import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.child.ChildRegistry;
import io.zhucan.rehabilitation.child.Institution;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of designated institutions (定点康复机构), kept by the staff of their county. */
@Service
public class InstitutionRegistry {

    private final ChildRegistry registry;

    public InstitutionRegistry(ChildRegistry registry) {
        this.registry = registry;
    }

    @Transactional
    public Institution register(CurrentUser user, String name, String county, String clientId,
            Set<RehabService> services, int capacity, LocalDate from, LocalDate to) {
        if (!user.coversRegion(county)) {
            throw new AccessDeniedException("institutions are registered by the staff of their county");
        }
        if (services.isEmpty() || capacity <= 0 || !to.isAfter(from)) {
            throw new RuleViolationException("institution", "an institution offers a service, has places and an agreement"
                    + " that ends after it starts");
        }
        if (registry.institutionOfClient(clientId).isPresent()) {
            throw new RuleViolationException("institution-client", "the client " + clientId + " is registered already");
        }
        Institution institution = new Institution(UUID.randomUUID(), name, county, clientId, services, capacity, from, to);
        registry.add(institution);
        return institution;
    }

    @Transactional(readOnly = true)
    public Institution get(UUID id) {
        return registry.institution(id).orElseThrow(() -> new NotFoundException("no institution " + id));
    }
}
