package io.zhucan.certification.region;

import java.util.Optional;

/** The counties of Zhejiang (GB/T 2260) whose federations handle certificates, and their townships (port). */
public interface Counties {

    Optional<String> nameOf(String countyCode);

    default boolean exists(String countyCode) {
        return nameOf(countyCode).isPresent();
    }

    /** Whether {@code townshipCode} (nine digits, 乡镇/街道) is a township of {@code countyCode}. */
    boolean hasTownship(String countyCode, String townshipCode);
}
