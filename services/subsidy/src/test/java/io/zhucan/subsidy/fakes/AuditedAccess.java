package io.zhucan.subsidy.fakes;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.subsidy.facts.application.HolderAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The platform's real access rules, with the audit trail kept in a list instead of a table. */
public final class AuditedAccess {

    public final List<String> trail = new ArrayList<>();
    /** The audit itself, for a use case that records refusals without {@link PersonAccess}. */
    public final PersonFileAudit audit = new ListAudit();
    public final PersonAccess access = new PersonAccess(audit);
    public final InMemoryHolderPlaces places = new InMemoryHolderPlaces();
    /** The same rules for holders' cases, with their township where {@link #places} knows it. */
    public final HolderAccess holders = new HolderAccess(access, places);

    private final class ListAudit extends PersonFileAudit {

        ListAudit() {
            super(null, null);
        }

        @Override
        public void read(CurrentUser user, UUID personId, String resource) {
            trail.add("READ " + user.username() + " " + personId + " " + resource);
        }

        @Override
        public void denied(CurrentUser user, @Nullable UUID personId, String resource) {
            trail.add("DENIED " + user.username() + " " + personId + " " + resource);
        }
    }
}
