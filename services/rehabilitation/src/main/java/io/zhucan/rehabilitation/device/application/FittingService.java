package io.zhucan.rehabilitation.device.application;

import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.rehabilitation.DeviceFitted;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.rehabilitation.device.CatalogueItem;
import io.zhucan.rehabilitation.device.DeviceCatalogue;
import io.zhucan.rehabilitation.device.Fitting;
import io.zhucan.rehabilitation.device.Fittings;
import io.zhucan.rehabilitation.person.PersonProfile;
import io.zhucan.rehabilitation.person.PersonProfiles;
import io.zhucan.rehabilitation.person.application.CaseAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fitting orders for certificate holders of the staff member's region. The catalogue in force
 * today decides suitability and the basic subsidy; the fitting's event carries the co-pay split.
 */
@Service
public class FittingService {

    private final Fittings fittings;
    private final DeviceCatalogue catalogue;
    private final PersonProfiles profiles;
    private final EventPublisher events;
    private final CaseAccess access;
    private final Clock clock;

    public FittingService(Fittings fittings, DeviceCatalogue catalogue, PersonProfiles profiles, EventPublisher events,
            CaseAccess access, Clock clock) {
        this.fittings = fittings;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CatalogueItem> catalogue() {
        return catalogue.inForce(today());
    }

    @Transactional
    public Fitting order(CurrentUser user, UUID personId, String deviceCode, String model, long priceFen,
            @Nullable LocalDate returnDueOn, @Nullable String overrideReason) {
        PersonProfile person = profiles.byId(personId).filter(PersonProfile::certified)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
        access.act(user, personId, person.county(), "fitting:order");
        CatalogueItem item = catalogue.item(deviceCode, today())
                .orElseThrow(() -> new RuleViolationException("catalogue", "no device " + deviceCode + " in the catalogue"));
        Fitting fitting = Fitting.order(UUID.randomUUID(), personId, person.county(), item,
                item.suits(person.disabilities()), model.strip(), priceFen, returnDueOn, overrideReason,
                user.username(), today());
        fittings.add(fitting);
        return fitting;
    }

    @Transactional
    public Fitting approveOverride(CurrentUser user, UUID fittingId) {
        return fittings.update(loadToAct(user, fittingId, "fitting:override").approveOverride(user.username()));
    }

    @Transactional
    public Fitting fit(CurrentUser user, UUID fittingId) {
        Fitting fitted = fittings.update(loadToAct(user, fittingId, "fitting:fit").fit(today()));
        events.publish(new DeviceFitted(UUID.randomUUID(), clock.instant(), fitted.personId(), fitted.id(),
                fitted.county(), fitted.deviceCode(), fitted.rental(), fitted.coPay().subsidyFen(),
                fitted.coPay().personalTopUpFen(), fitted.fittedOn()));
        return fitted;
    }

    @Transactional
    public Fitting returned(CurrentUser user, UUID fittingId) {
        return fittings.update(loadToAct(user, fittingId, "fitting:return").returned(today()));
    }

    @Transactional(readOnly = true)
    public Fitting read(CurrentUser user, UUID fittingId) {
        Fitting fitting = load(fittingId);
        access.read(user, fitting.personId(), fitting.county(), "fitting");
        return fitting;
    }

    /** Rentals of the region past their return date (reminders); each listed person's read is audited. */
    @Transactional(readOnly = true)
    public List<Fitting> overdueRentals(CurrentUser user) {
        List<Fitting> overdue = Regions.isTownship(user.region()) ? fittings.overdueRentalsInTownship(user.region(), today())
                : Regions.countyPrefix(user.region()).map(prefix -> fittings.overdueRentals(prefix, today())).orElse(List.of());
        overdue.forEach(f -> access.read(user, f.personId(), f.county(), "fitting:overdue"));
        return overdue;
    }

    @Transactional(readOnly = true)
    public List<Fitting> mine(CurrentUser user) {
        UUID me = user.personId();
        if (me == null) {
            throw new RuleViolationException("person-id", "the token carries no person id");
        }
        access.read(user, me, "", "fitting:mine");
        return fittings.ofPerson(me);
    }

    private Fitting loadToAct(CurrentUser user, UUID fittingId, String resource) {
        Fitting fitting = load(fittingId);
        access.act(user, fitting.personId(), fitting.county(), resource);
        return fitting;
    }

    private Fitting load(UUID fittingId) {
        return fittings.byId(fittingId).orElseThrow(() -> new NotFoundException("no fitting " + fittingId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
