package io.zhucan.subsidy.facts.persistence;

import io.zhucan.subsidy.facts.HolderPlaces;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHolderPlaces implements HolderPlaces {

    private final JdbcClient jdbc;

    JdbcHolderPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID personId, String county, @Nullable String township) {
        jdbc.sql("""
                        INSERT INTO holder_place (person_id, county, township) VALUES (:p, :county, :township)
                        ON CONFLICT (person_id) DO UPDATE SET county = EXCLUDED.county, township = EXCLUDED.township""")
                .param("p", personId).param("county", county).param("township", township).update();
    }

    @Override
    public String placeOf(UUID personId, String county) {
        return jdbc.sql("SELECT township FROM holder_place WHERE person_id = :p AND county = :county AND township IS NOT NULL")
                .param("p", personId).param("county", county).query(String.class).optional().orElse(county);
    }
}
