package io.zhucan.rehabilitation.child;

import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is guardian (监护人) of which child, from when until when (both days included). Recorded by a
 * caseworker today; a future guardianship fact of civil affairs or public security (household
 * register) would arrive as another {@link GuardianshipSource} in the same table.
 */
public record Guardianship(UUID id, UUID guardianPersonId, UUID childPersonId, GuardianRelation relation,
        LocalDate validFrom, @Nullable LocalDate validUntil, GuardianshipSource source, String recordedBy) {

    public static Guardianship recorded(UUID guardian, UUID child, GuardianRelation relation, LocalDate from,
            @Nullable LocalDate until, String caseworker) {
        if (guardian.equals(child)) {
            throw new RuleViolationException("guardian-of-self", "a person is not their own guardian");
        }
        if (until != null && until.isBefore(from)) {
            throw new RuleViolationException("guardianship-period", "a guardianship ends on or after its first day");
        }
        return new Guardianship(UUID.randomUUID(), guardian, child, relation, from, until,
                GuardianshipSource.CASEWORKER, caseworker);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
