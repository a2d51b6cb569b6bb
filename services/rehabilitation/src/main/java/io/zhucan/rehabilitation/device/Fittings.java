package io.zhucan.rehabilitation.device;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the fitting orders. */
public interface Fittings {

    void add(Fitting fitting);

    Optional<Fitting> byId(UUID id);

    List<Fitting> ofPerson(UUID personId);

    /** Rentals of the region's counties still out after their return date. */
    List<Fitting> overdueRentals(String countyPrefix, LocalDate today);

    /** The same for the persons known to live in the township (their county's fittings only). */
    List<Fitting> overdueRentalsInTownship(String township, LocalDate today);

    /** Rented devices still out that were not yet reminded as overdue (the candidates of the reminder run). */
    List<Fitting> rentalsOutNotYetOverdueReminded();

    Fitting update(Fitting fitting);
}
