package io.zhucan.platform.security.audit;

import io.zhucan.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Object-level authorisation for a person's data (属地管理 and self-service), audited: staff reach
 * the cases of the region they are scoped to, citizens their own file only. Refusals are recorded
 * and answered 403 whatever the role checks on the endpoint already allowed.
 */
public class PersonAccess {

    private final PersonFileAudit audit;

    public PersonAccess(PersonFileAudit audit) {
        this.audit = audit;
    }

    /** Reading a person's file: the citizen themselves, or staff of the person's county. Audited. */
    public void read(CurrentUser user, UUID personId, String county, String resource) {
        if (!mayRead(user, personId, county, resource)) {
            throw denied();
        }
    }

    /**
     * Like {@link #read}, for use cases that must answer "not yours" exactly as "not there" (a
     * lookup must not tell whether a person is on record): false instead of a 403, audited alike.
     */
    public boolean mayRead(CurrentUser user, UUID personId, String county, String resource) {
        if (user.isPerson(personId) || (!user.hasRole(io.zhucan.platform.security.Roles.CITIZEN) && user.coversRegion(county))) {
            audit.read(user, personId, resource);
            return true;
        }
        audit.denied(user, personId, resource);
        return false;
    }

    /** Acting on a person's case as staff: the case must be in the region the user is scoped to. */
    public void act(CurrentUser user, UUID personId, String county, String resource) {
        if (!user.coversRegion(county)) {
            refuse(user, personId, resource);
        }
    }

    /** A citizen acting on their own behalf. */
    public void self(CurrentUser user, UUID personId, String resource) {
        if (!user.isPerson(personId)) {
            refuse(user, personId, resource);
        }
    }

    private void refuse(CurrentUser user, UUID personId, String resource) {
        audit.denied(user, personId, resource);
        throw denied();
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("this case is outside what you may access");
    }
}
