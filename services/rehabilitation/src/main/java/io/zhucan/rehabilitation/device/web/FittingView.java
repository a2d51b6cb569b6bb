package io.zhucan.rehabilitation.device.web;

import io.zhucan.rehabilitation.device.Fitting;
import io.zhucan.rehabilitation.device.FittingStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A fitting order as the API shows it; the override reason is for staff only (it may describe the person). */
public record FittingView(UUID id, UUID personId, String county, String deviceCode, String model, long priceFen,
        long subsidyFen, long personalTopUpFen, boolean rental, @Nullable LocalDate returnDueOn, FittingStatus status,
        boolean overridden, @Nullable String overrideReason, @Nullable LocalDate fittedOn, @Nullable LocalDate returnedOn) {

    static FittingView forStaff(Fitting f) {
        return of(f, f.overrideReason());
    }

    static FittingView forCitizen(Fitting f) {
        return of(f, null);
    }

    private static FittingView of(Fitting f, @Nullable String reason) {
        return new FittingView(f.id(), f.personId(), f.county(), f.deviceCode(), f.model(), f.coPay().priceFen(),
                f.coPay().subsidyFen(), f.coPay().personalTopUpFen(), f.rental(), f.returnDueOn(), f.status(),
                f.overrideReason() != null, reason, f.fittedOn(), f.returnedOn());
    }
}
