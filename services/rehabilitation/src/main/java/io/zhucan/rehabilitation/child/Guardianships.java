package io.zhucan.rehabilitation.child;

import java.util.List;
import java.util.UUID;

/** Port: the guardianship facts. */
public interface Guardianships {

    /** Adds the fact unless the same guardian, child and first day is recorded already; returns whether it was. */
    boolean add(Guardianship guardianship);

    /** The guardianships (any period) of the guardian over the child. */
    List<Guardianship> of(UUID guardianPersonId, UUID childPersonId);
}
