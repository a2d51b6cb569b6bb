package io.zhucan.rehabilitation.device.persistence;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.rehabilitation.device.CatalogueItem;
import io.zhucan.rehabilitation.device.DeviceCatalogue;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeviceCatalogue implements DeviceCatalogue {

    private static final String IN_FORCE = "valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)";

    private final JdbcClient jdbc;

    JdbcDeviceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CatalogueItem> item(String code, LocalDate on) {
        return jdbc.sql("SELECT * FROM device_catalogue_item WHERE code = :code AND " + IN_FORCE
                        + " ORDER BY valid_from DESC LIMIT 1")
                .param("code", code).param("on", Date.valueOf(on)).query(JdbcDeviceCatalogue::map).optional();
    }

    @Override
    public List<CatalogueItem> inForce(LocalDate on) {
        return jdbc.sql("SELECT DISTINCT ON (code) * FROM device_catalogue_item WHERE " + IN_FORCE
                        + " ORDER BY code, valid_from DESC")
                .param("on", Date.valueOf(on)).query(JdbcDeviceCatalogue::map).list();
    }

    private static CatalogueItem map(ResultSet rs, int row) throws SQLException {
        return new CatalogueItem(rs.getString("code"), rs.getString("name"),
                split(rs.getString("suited_categories"), DisabilityCategory::valueOf),
                split(rs.getString("suited_grades"), DisabilityGrade::valueOf), rs.getLong("basic_subsidy_fen"),
                rs.getBoolean("rental_allowed"), rs.getBoolean("high_tech"));
    }

    private static <T> Set<T> split(String column, Function<String, T> parse) {
        return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toSet());
    }
}
