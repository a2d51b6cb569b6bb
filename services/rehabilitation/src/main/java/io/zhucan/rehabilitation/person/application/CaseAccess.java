package io.zhucan.rehabilitation.person.application;

import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PlacedAccess;
import io.zhucan.rehabilitation.person.PersonProfiles;
import org.springframework.stereotype.Component;

/**
 * The region check (属地管理) of a person's case, audited like every read: at the person's township
 * where certification told us it ({@code person_profile.township}), else at the case's county.
 */
@Component
public class CaseAccess extends PlacedAccess {

    CaseAccess(PersonAccess access, PersonProfiles profiles) {
        super(access, profiles::placeOf);
    }
}
