package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.policy.ImpactPreview;
import io.zhucan.subsidy.policy.ImpactPreviews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Previews and who opened them, in memory. */
public class InMemoryImpactPreviews implements ImpactPreviews {

    public final List<ImpactPreview> previews = new ArrayList<>();
    public final Set<String> views = new HashSet<>();

    @Override
    public void add(ImpactPreview preview) {
        previews.add(preview);
    }

    @Override
    public Optional<ImpactPreview> latest(UUID proposalId) {
        return previews.reversed().stream().filter(p -> p.proposalId().equals(proposalId)).findFirst();
    }

    @Override
    public void viewed(UUID previewId, String username, Instant at) {
        views.add(previewId + " " + username);
    }

    @Override
    public boolean wasViewedBy(UUID previewId, String username) {
        return views.contains(previewId + " " + username);
    }
}
