package io.zhucan.certification.region;

import java.util.Optional;

/** The counties of Zhejiang (GB/T 2260) whose federations handle certificates (port). */
public interface Counties {

    Optional<String> nameOf(String countyCode);

    default boolean exists(String countyCode) {
        return nameOf(countyCode).isPresent();
    }
}
