package io.zhucan.subsidy.facts.application;

import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PlacedAccess;
import io.zhucan.subsidy.facts.HolderPlaces;
import org.springframework.stereotype.Component;

/**
 * The region check (属地管理) of a holder's case, audited like every read: at the holder's township
 * where certification told us it ({@code holder_place}), else at the case's county.
 */
@Component
public class HolderAccess extends PlacedAccess {

    public HolderAccess(PersonAccess access, HolderPlaces places) {
        super(access, places::placeOf);
    }
}
