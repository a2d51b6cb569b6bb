package io.zhucan.profile.indicator.application;

import io.zhucan.profile.indicator.IndicatorData;
import io.zhucan.profile.shared.ProvinceTime;
import io.zhucan.profile.timeline.Generations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the materialised indicator counts (docs/adr/0009): the recent months — this month and the
 * {@code months - 1} before it, what the cockpit and its trend read — are recomputed from the model
 * every few minutes, once per cluster. The counts are "as of" their refresh: an indicator is a state
 * on a month's last day (holders, labour age, suspensions), so each refresh recomputes whole months
 * rather than adding up changes.
 */
@Service
public class IndicatorRefresh {

    private static final Logger log = LoggerFactory.getLogger(IndicatorRefresh.class);

    private final Generations generations;
    private final IndicatorData data;
    private final Clock clock;
    private final int months;

    IndicatorRefresh(Generations generations, IndicatorData data, Clock clock,
            @Value("${zhucan.profile.indicators.months}") int months) {
        this.generations = generations;
        this.data = data;
        this.clock = clock;
        this.months = months;
    }

    @SchedulerLock(name = "profile-indicator-refresh")
    @Scheduled(fixedDelayString = "${zhucan.profile.indicators.refresh-interval}",
            initialDelayString = "${zhucan.profile.indicators.first-refresh-after}")
    public void refreshActive() {
        refresh(generations.active());
    }

    /** Every recent month of the generation, one transaction each (readers see a month whole, old or new). */
    public void refresh(int generation) {
        long start = System.nanoTime();
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(ProvinceTime.ZONE)));
        data.forgetBefore(generation, now.minusMonths(months - 1)); // the month that left the window
        for (int i = months - 1; i >= 0; i--) {
            data.refresh(generation, now.minusMonths(i));
        }
        log.info("indicator counts of generation {} refreshed for {} months in {} ms", generation, months,
                (System.nanoTime() - start) / 1_000_000);
    }
}
