package io.zhucan.employment.outreach.application;

import io.zhucan.employment.outreach.Outreaches;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PlacedAccess;
import org.springframework.stereotype.Component;

/**
 * The region check (属地管理) of a holder's case, audited like every read: at the holder's township
 * where certification told us it ({@code certificate_holder.township}), else at the case's county.
 */
@Component
public class HolderAccess extends PlacedAccess {

    HolderAccess(PersonAccess access, Outreaches outreaches) {
        super(access, outreaches::placeOf);
    }
}
