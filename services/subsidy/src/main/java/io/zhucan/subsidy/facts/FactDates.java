package io.zhucan.subsidy.facts;

import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bounds of a partner fact's date: never after today (a death dated 2052 would keep a terminated
 * entitlement paid), and a fact about the person never before their birth (the ID number's birth
 * date; a death far in the past would raise claims back to it). A household's low-income status may
 * predate a child's birth. The problem names the field, never the person or the date.
 */
public final class FactDates {

    public static Optional<String> problemWith(PartnerFact fact, LocalDate today) {
        Dated dated = switch (fact) {
            case DeathRegistered d -> new Dated("dateOfDeath", d.dateOfDeath(), true);
            case LowIncomeStatusChanged l -> new Dated("effectiveFrom", l.effectiveFrom(), false);
            case IncomeReported i -> new Dated("effectiveFrom", i.effectiveFrom(), false); // a household's, may predate birth
            case InstitutionalCareChanged i -> new Dated("effectiveFrom", i.effectiveFrom(), true);
            case OrphanAllowanceChanged o -> new Dated("effectiveFrom", o.effectiveFrom(), true);
            case CareBenefitStarted c -> new Dated("startedOn", c.startedOn(), true);
            case CareBenefitEnded c -> new Dated("endedOn", c.endedOn(), true);
            default -> null;
        };
        if (dated == null) {
            return Optional.empty();
        }
        if (dated.date().isAfter(today)) {
            return Optional.of(dated.field() + " is in the future");
        }
        if (dated.personal() && dated.date().isBefore(ResidentIdNumbers.birthDateOf(fact.idNumber()))) {
            return Optional.of(dated.field() + " is before the person's birth");
        }
        return Optional.empty();
    }

    private record Dated(String field, LocalDate date, boolean personal) {
    }

    private FactDates() {
    }
}
