package io.zhucan.rehabilitation.need;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the needs assessments. */
public interface Needs {

    /** Adds a new need unless one was already opened by the same event; returns whether it was added. */
    boolean open(Need need);

    Optional<Need> byId(UUID id);

    List<Need> ofPerson(UUID personId);

    List<Need> openOf(UUID personId);

    /** Needs of the counties a region covers (code prefix), newest first. */
    List<Need> inRegion(String countyPrefix, @org.jspecify.annotations.Nullable NeedStatus status, int limit);

    /** The needs of persons known to live in the township (their county's cases only). */
    List<Need> inTownship(String township, @org.jspecify.annotations.Nullable NeedStatus status, int limit);

    /** Saves a change; fails with ConcurrentChangeException if the need was changed meanwhile. */
    Need update(Need need);

    void recordDelivery(UUID needId, io.zhucan.platform.events.rehabilitation.RehabService service, LocalDate on,
            String provider, String recordedBy);
}
