package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.casework.ExceptionCase;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The exception queue as a list of open cases (one per person, allowance and kind, like the table). */
public class InMemoryExceptionCases implements ExceptionCases {

    public final List<ExceptionCase> open = new ArrayList<>();
    public final List<String> resolutions = new ArrayList<>();

    @Override
    public void open(UUID personId, @Nullable Allowance allowance, ExceptionKind kind, String county, String detail) {
        if (open.stream().noneMatch(c -> c.personId().equals(personId) && Objects.equals(c.allowance(), allowance)
                && c.kind() == kind)) {
            open.add(new ExceptionCase(UUID.randomUUID(), personId, allowance, kind, county, detail, Instant.now()));
        }
    }

    @Override
    public void resolve(UUID personId, Allowance allowance, ExceptionKind kind, String by, String resolution) {
        if (open.removeIf(c -> c.personId().equals(personId) && c.allowance() == allowance && c.kind() == kind)) {
            resolutions.add(by + ": " + resolution);
        }
    }

    @Override
    public List<ExceptionCase> openIn(String countyPrefix, int limit) {
        return open.stream().filter(c -> c.county().startsWith(countyPrefix)).limit(limit).toList();
    }

    @Override
    public List<ExceptionCase> openInTownship(String township, int limit) {
        return List.of(); // no holder's township is known here
    }
}
