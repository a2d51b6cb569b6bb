package io.zhucan.platform.security.audit;

import io.zhucan.platform.security.CurrentUser;
import java.util.UUID;

/**
 * {@link PersonAccess} for a service that knows where its persons live below the county: a case is
 * checked at the person's township where {@link Places} knows it, else at the case's county, so a
 * township worker (nine-digit region) reaches the cases of their township's persons only.
 */
public class PlacedAccess {

    /** Where a person's case in a county lies for the region scope: their township there, else the county. */
    @FunctionalInterface
    public interface Places {
        String placeOf(UUID personId, String county);
    }

    private final PersonAccess access;
    private final Places places;

    public PlacedAccess(PersonAccess access, Places places) {
        this.access = access;
        this.places = places;
    }

    public void read(CurrentUser user, UUID personId, String county, String resource) {
        access.read(user, personId, places.placeOf(personId, county), resource);
    }

    public void act(CurrentUser user, UUID personId, String county, String resource) {
        access.act(user, personId, places.placeOf(personId, county), resource);
    }

    /** The citizen acting on their own case (no region involved). */
    public void self(CurrentUser user, UUID personId, String resource) {
        access.self(user, personId, resource);
    }
}
