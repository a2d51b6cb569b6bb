package io.zhucan.devstack.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A made-up applicant for one demo run: a valid resident ID number (GB 11643 check digit) of the
 * demo county, labour age. A new one every run, so the demo can be repeated on the same state.
 *
 * @param idNumber 18 characters: county, birth date, sequence (odd = male), check digit
 * @param name a made-up name
 * @param county the household-registration county
 * @param birthDate derived from the ID number
 */
record DemoPerson(String idNumber, String name, String county, LocalDate birthDate) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    static DemoPerson random(String county, LocalDate today) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = today.minusYears(30 + random.nextInt(20)).minusDays(random.nextInt(365));
        String first17 = county + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
        String name = "演示" + "甲乙丙丁戊己庚辛壬癸".charAt(random.nextInt(10)) + (random.nextInt(900) + 100);
        return new DemoPerson(first17 + checkDigit(first17), name, county, birth);
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
