package io.zhucan.profile.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's file (一人一档): who they are to the platform (no ID number: the model keeps only its
 * hash), the certificate's state, and the timeline of every service's events in the order they happened.
 */
public record PersonFile(UUID personId, String county, @Nullable String township, @Nullable LocalDate birthDate, @Nullable String sex,
        @Nullable String category, @Nullable String grade, String certificate, @Nullable LocalDate validUntil,
        @Nullable LocalDate diedOn, List<TimelineEntry> timeline) {

    public record Header(UUID personId, @Nullable String idHash, String county, @Nullable String township,
            @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String category, @Nullable String grade,
            String certificate, @Nullable LocalDate validUntil, @Nullable LocalDate diedOn) {

        /** Where the person lives for the region scope (属地管理): their township where known, else their county. */
        public String place() {
            return township == null ? county : township;
        }
    }

    public static PersonFile of(Header h, List<TimelineEntry> timeline) {
        return new PersonFile(h.personId(), h.county(), h.township(), h.birthDate(), h.sex(), h.category(), h.grade(), h.certificate(),
                h.validUntil(), h.diedOn(), timeline);
    }
}
