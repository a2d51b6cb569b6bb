package io.zhucan.profile.timeline.application;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.profile.shared.IdNumberHash;
import io.zhucan.profile.timeline.ProfileModel;
import org.springframework.stereotype.Service;

/**
 * Keeps one generation of the read model from the events: each event becomes a timeline entry of
 * its person (partner facts: of their ID-number hash), and the state the indicators and warnings
 * count is updated. Runs inside the consumer's inbox transaction; the generation's own key on the
 * event id makes a second application a no-op.
 */
@Service
public class Projection {

    private final ProfileModel model;
    private final IdNumberHash hash;
    private final StateChanges changes;

    Projection(ProfileModel model, IdNumberHash hash) {
        this.model = model;
        this.hash = hash;
        this.changes = new StateChanges(model, hash);
    }

    public void apply(int generation, IntegrationEvent event) {
        boolean recorded = switch (event) {
            // civil affairs' copy of the entitlement events the file already has, with less in it
            case AllowanceChanged copy -> false;
            case PersonEvent person -> model.record(generation, person.personId(), null, Entries.of(event));
            case PartnerFact fact -> model.record(generation, null, hash.of(fact.idNumber()), Entries.of(event));
            default -> false; // employer events (quota) are no person's file
        };
        if (recorded) {
            changes.apply(generation, event);
        }
    }
}
