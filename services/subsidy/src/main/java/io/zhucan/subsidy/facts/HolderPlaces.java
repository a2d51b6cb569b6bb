package io.zhucan.subsidy.facts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Port: where each certificate holder lives for the region scope (属地管理) — their county, and the
 * township within it where certification knows it, which is what a township worker's scope reaches.
 */
public interface HolderPlaces {

    /** The holder lives in {@code county}, in {@code township} there (null: not known). */
    void record(UUID personId, String county, @Nullable String township);

    /**
     * Where the holder's case in {@code county} lies for the region scope: their township when the
     * case is in their county and the township is known, else the county.
     */
    String placeOf(UUID personId, String county);
}
