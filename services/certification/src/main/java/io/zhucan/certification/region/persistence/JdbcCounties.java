package io.zhucan.certification.region.persistence;

import io.zhucan.certification.region.Counties;
import io.zhucan.platform.domain.region.Divisions;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The county table is reference data: read once at start-up. */
@Repository
class JdbcCounties implements Counties {

    private final Map<String, String> names;

    JdbcCounties(JdbcClient jdbc) {
        this.names = jdbc.sql("SELECT code, name FROM county")
                .query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("name")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Optional<String> nameOf(String countyCode) {
        return Optional.ofNullable(names.get(countyCode));
    }

    /** Townships are no table (no row references one by key): the vendored divisions know them. */
    @Override
    public boolean hasTownship(String countyCode, String townshipCode) {
        return Divisions.zhejiang().isTownshipOf(townshipCode, countyCode);
    }
}
