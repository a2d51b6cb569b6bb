package io.zhucan.subsidy.casework;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The exception queue (port): at most one open case per person, allowance and kind. */
public interface ExceptionCases {

    void open(UUID personId, @Nullable Allowance allowance, ExceptionKind kind, String county, String detail);

    /** Closes the person's open case of this kind for the allowance, if any. */
    void resolve(UUID personId, Allowance allowance, ExceptionKind kind, String by, String resolution);

    /** Many resolutions in one go (a chunk of a re-evaluation). */
    default void resolveAll(List<CaseResolution> resolutions) {
        resolutions.forEach(r -> resolve(r.personId(), r.allowance(), r.kind(), r.by(), r.resolution()));
    }

    /** Open cases of the counties whose codes start with {@code countyPrefix} ({@code 33}, {@code 3301}, a county), oldest first. */
    List<ExceptionCase> openIn(String countyPrefix, int limit);

    /** Open cases of the holders known to live in the township (their county's cases only), oldest first. */
    List<ExceptionCase> openInTownship(String township, int limit);
}
