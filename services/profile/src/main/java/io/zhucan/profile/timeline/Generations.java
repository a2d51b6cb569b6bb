package io.zhucan.profile.timeline;

import java.util.Optional;

/** The model's generations (docs/adr/0007): queries and live consumers use the active one. */
public interface Generations {

    int active();

    Optional<Generation> building();

    Optional<Generation> find(int number);

    /** A new, empty generation after the highest one; at most one builds at a time. */
    Generation startBuilding(String operator);

    /** The building generation becomes the active one; the previous one is retired, older ones deleted. */
    void switchTo(int number);
}
