package io.zhucan.certification.migration;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The valid ID numbers met so far in one file, with the row each was first met in: a later row with
 * the same number is a duplicate. Keyed by the 17 digits before the check character (a long), so
 * 1.2 M numbers take tens of megabytes, not hundreds.
 */
public final class SeenIdNumbers {

    private final Map<Long, Integer> firstRows = new HashMap<>();

    /** The row this number was first met in, if an earlier one; else remembers {@code row} as its first. */
    public OptionalInt firstRowBefore(ResidentIdNumber idNumber, int row) {
        Integer first = firstRows.putIfAbsent(Long.parseLong(idNumber.value().substring(0, 17)), row);
        return first == null || first == row ? OptionalInt.empty() : OptionalInt.of(first);
    }
}
