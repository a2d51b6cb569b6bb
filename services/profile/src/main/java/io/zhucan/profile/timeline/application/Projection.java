package io.zhucan.profile.timeline.application;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.profile.shared.IdNumberHash;
import io.zhucan.profile.timeline.FiledEntry;
import io.zhucan.profile.timeline.ProfileModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one generation of the read model from the events: each event becomes a timeline entry of
 * its person (partner facts: of their ID-number hash), and the state the indicators and warnings
 * count is updated. The generation's own key on the event id makes a second application a no-op.
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

    /** One event, inside the live consumer's inbox transaction. */
    public void apply(int generation, IntegrationEvent event) {
        Optional<FiledEntry> entry = filed(event);
        if (entry.isPresent() && model.record(generation, entry.get().person(), entry.get().idHash(), entry.get().entry())) {
            changes.apply(generation, event);
        }
    }

    /**
     * A replay's poll: the events {@code read} returns (read inside this transaction) and their
     * effects in one transaction, written in batches — a few round trips for hundreds of events.
     */
    @Transactional
    public void applyAll(int generation, Supplier<List<IntegrationEvent>> read) {
        List<IntegrationEvent> filedEvents = new ArrayList<>();
        List<FiledEntry> entries = new ArrayList<>();
        for (IntegrationEvent event : read.get()) {
            filed(event).ifPresent(entry -> {
                filedEvents.add(event);
                entries.add(entry);
            });
        }
        boolean[] fresh = model.recordAll(generation, entries);
        model.batched(batch -> {
            StateChanges batchChanges = new StateChanges(batch, hash);
            for (int i = 0; i < fresh.length; i++) {
                if (fresh[i]) {
                    batchChanges.apply(generation, filedEvents.get(i));
                }
            }
        });
    }

    private Optional<FiledEntry> filed(IntegrationEvent event) {
        return switch (event) {
            // civil affairs' copy of the entitlement events the file already has, with less in it
            case AllowanceChanged copy -> Optional.empty();
            case PersonEvent person -> Optional.of(new FiledEntry(person.personId(), null, Entries.of(event)));
            case PartnerFact fact -> Optional.of(new FiledEntry(null, hash.of(fact.idNumber()), Entries.of(event)));
            default -> Optional.empty(); // employer events (quota) are no person's file
        };
    }
}
