package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.facts.HolderPlaces;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Holders' places in a map. */
public final class InMemoryHolderPlaces implements HolderPlaces {

    private record Place(String county, @Nullable String township) {
    }

    private final Map<UUID, Place> places = new ConcurrentHashMap<>();

    @Override
    public void record(UUID personId, String county, @Nullable String township) {
        places.put(personId, new Place(county, township));
    }

    @Override
    public String placeOf(UUID personId, String county) {
        Place place = places.get(personId);
        return place != null && place.township() != null && place.county().equals(county) ? place.township() : county;
    }
}
