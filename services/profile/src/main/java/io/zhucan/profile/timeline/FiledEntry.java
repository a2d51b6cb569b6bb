package io.zhucan.profile.timeline;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A timeline entry with whose file it belongs to: a person, or an ID-number hash (partner facts); one of the two is set. */
public record FiledEntry(@Nullable UUID person, @Nullable String idHash, TimelineEntry entry) {
}
