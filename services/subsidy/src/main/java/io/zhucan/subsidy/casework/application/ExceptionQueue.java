package io.zhucan.subsidy.casework.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.subsidy.casework.ExceptionCase;
import io.zhucan.subsidy.casework.ExceptionCases;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exception queue of the caller's region (属地管理): a township worker's holds the cases of the
 * holders known to live in their township; staff without a region see nothing.
 */
@Service
public class ExceptionQueue {

    private static final int LIMIT = 500;

    private final ExceptionCases cases;

    public ExceptionQueue(ExceptionCases cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<ExceptionCase> openFor(CurrentUser staff) {
        String region = staff.region();
        if (region == null) {
            return List.of();
        }
        return Regions.isTownship(region) ? cases.openInTownship(region, LIMIT)
                : Regions.countyPrefix(region).map(prefix -> cases.openIn(prefix, LIMIT)).orElse(List.of());
    }
}
