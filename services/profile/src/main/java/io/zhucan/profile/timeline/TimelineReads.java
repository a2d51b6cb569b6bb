package io.zhucan.profile.timeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The read side of a generation of the model. */
public interface TimelineReads {

    Optional<PersonFile.Header> header(int generation, UUID person);

    /** The person's entries and those of partner facts about their ID-number hash, oldest first. */
    List<TimelineEntry> timeline(int generation, UUID person, @Nullable String idHash);
}
