package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import java.time.Instant;
import java.time.LocalDate;

/** Civil affairs: a death was registered (死亡登记). */
public record DeathRegistered(
        String factId,
        Instant occurredAt,
        String idNumber,
        LocalDate dateOfDeath) implements PartnerFact {

    public static final EventType<DeathRegistered> TYPE =
            PartnerEvents.civilAffairs("death.registered", DeathRegistered.class);

    @Override
    public String partner() {
        return PartnerEvents.CIVIL_AFFAIRS;
    }

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}
