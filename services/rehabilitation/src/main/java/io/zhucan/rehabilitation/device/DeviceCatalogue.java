package io.zhucan.rehabilitation.device;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the catalogue versions in force on a date (policy data, seeded by Flyway). */
public interface DeviceCatalogue {

    Optional<CatalogueItem> item(String code, LocalDate on);

    List<CatalogueItem> inForce(LocalDate on);
}
