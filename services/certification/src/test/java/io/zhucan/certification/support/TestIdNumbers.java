package io.zhucan.certification.support;

import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique, synthetic resident ID numbers for tests (never a real person's). */
public final class TestIdNumbers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 700));
    private static final AtomicInteger DAY = new AtomicInteger((int) (System.nanoTime() % 5000));

    /** An adult registered in {@code region}, a different birth date and sequence every call. */
    public static String adult(String region) {
        return of(region, LocalDate.of(1960, 1, 1).plusDays(DAY.incrementAndGet() % 15000));
    }

    public static String of(String region, LocalDate birthDate) {
        String digits = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000);
        return digits + ResidentIdNumbers.checkCharacter(digits);
    }

    private TestIdNumbers() {
    }
}
