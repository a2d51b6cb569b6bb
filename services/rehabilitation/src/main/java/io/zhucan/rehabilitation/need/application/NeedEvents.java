package io.zhucan.rehabilitation.need.application;

import io.zhucan.platform.events.rehabilitation.NeedClosed;
import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.PlanSet;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.events.rehabilitation.ServiceDelivered;
import io.zhucan.rehabilitation.need.Need;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Need changes as integration events (the contracts of platform-events). */
final class NeedEvents {

    static NeedOpened opened(Need n, Instant now) {
        return new NeedOpened(UUID.randomUUID(), now, n.personId(), n.id(), n.certificateId(), n.county(), n.category(),
                n.grade(), n.trigger());
    }

    static PlanSet planSet(Need n, Instant now) {
        return new PlanSet(UUID.randomUUID(), now, n.personId(), n.id(), n.county(), List.copyOf(n.plan()));
    }

    static ServiceDelivered delivered(Need n, RehabService service, LocalDate on, Instant now) {
        return new ServiceDelivered(UUID.randomUUID(), now, n.personId(), n.id(), n.county(), service, on);
    }

    static NeedClosed closed(Need n, Instant now) {
        return new NeedClosed(UUID.randomUUID(), now, n.personId(), n.id(), n.county(), n.outcome());
    }

    private NeedEvents() {
    }
}
