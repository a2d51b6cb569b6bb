package io.zhucan.rehabilitation.need.web;

import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.rehabilitation.need.Need;
import io.zhucan.rehabilitation.need.NeedStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A need as the API shows it: no names, no ID numbers (the person is their platform id). */
public record NeedView(UUID id, UUID personId, String county, DisabilityCategory category, DisabilityGrade grade,
        NeedTrigger trigger, NeedStatus status, Set<RehabService> assessedNeeds, Set<RehabService> plan,
        Set<RehabService> delivered, @Nullable NeedOutcome outcome, LocalDate openedOn, @Nullable LocalDate closedOn) {

    public static NeedView of(Need n) {
        return new NeedView(n.id(), n.personId(), n.county(), n.category(), n.grade(), n.trigger(), n.status(),
                n.assessedNeeds(), n.plan(), n.delivered(), n.outcome(), n.openedOn(), n.closedOn());
    }
}
