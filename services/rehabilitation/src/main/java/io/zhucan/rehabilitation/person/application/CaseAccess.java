package io.zhucan.rehabilitation.person.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.rehabilitation.person.PersonProfiles;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The region check (属地管理) of a person's case, audited like every read: the case lies in its county,
 * or in the person's township there where certification told us it, so a township worker reaches the
 * cases of their township's persons only.
 */
@Component
public class CaseAccess {

    private final PersonAccess access;
    private final PersonProfiles profiles;

    CaseAccess(PersonAccess access, PersonProfiles profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    public void read(CurrentUser user, UUID personId, String county, String resource) {
        access.read(user, personId, profiles.placeOf(personId, county), resource);
    }

    public void act(CurrentUser user, UUID personId, String county, String resource) {
        access.act(user, personId, profiles.placeOf(personId, county), resource);
    }
}
