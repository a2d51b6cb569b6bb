package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.LivingShare;
import io.zhucan.subsidy.standard.LivingStandards;
import io.zhucan.subsidy.standard.Standards;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 低保 standards and living-allowance shares in lists (none unless a test adds them). */
public class InMemoryStandards implements Standards {

    public final List<DibaoStandard> standards = new ArrayList<>();
    public final List<LivingShare> shares = new ArrayList<>();
    public final Set<DibaoStandard> applied = new HashSet<>();

    @Override
    public LivingStandards all() {
        return new LivingStandards(standards, shares);
    }

    @Override
    public List<DibaoStandard> ofCounty(String county) {
        return standards.stream().filter(s -> s.county().equals(county)).toList();
    }

    @Override
    public boolean record(DibaoStandard standard, String recordedBy, Instant at) {
        boolean taken = standards.stream().anyMatch(s -> s.county().equals(standard.county())
                && s.effectiveFrom().equals(standard.effectiveFrom()));
        return !taken && standards.add(standard);
    }

    @Override
    public List<DibaoStandard> unapplied(YearMonth month) {
        return standards.stream().filter(s -> !applied.contains(s) && !s.effectiveFrom().isAfter(month)).toList();
    }

    @Override
    public void markApplied(DibaoStandard standard, Instant at) {
        applied.add(standard);
    }
}
