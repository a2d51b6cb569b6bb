package io.zhucan.profile.rebuild.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.profile.indicator.application.IndicatorRefresh;
import io.zhucan.profile.rebuild.Progress;
import io.zhucan.profile.rebuild.Replay;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.profile.timeline.Generation;
import io.zhucan.profile.timeline.Generations;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The operator's rebuild of the read model (docs/adr/0007): a new generation is filled by a replay
 * of every topic from offset zero while the live consumers keep the active one; once the replay
 * has caught up, the new generation becomes the active one. The replay then runs on until it has
 * caught up once more, so events it had not reached at the switch are not left to the old one.
 */
@Service
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final Generations generations;
    private final Replay replay;
    private final IndicatorRefresh indicators;
    private final Set<Integer> draining = ConcurrentHashMap.newKeySet();

    Rebuilds(Generations generations, Replay replay, IndicatorRefresh indicators) {
        this.generations = generations;
        this.replay = replay;
        this.indicators = indicators;
    }

    public record Status(Generation generation, Progress progress, boolean replaying) {
    }

    public Status start(CurrentUser operator) {
        Generation building = generations.startBuilding(operator.username());
        replay.start(building.number());
        log.info("rebuild of the profile model into generation {} started by {}", building.number(), operator.username());
        return status(building.number());
    }

    public Status status(int number) {
        Generation generation = generations.find(number).orElseThrow(() -> new NotFoundException("no generation " + number));
        return new Status(generation, replay.progress(number), replay.running(number));
    }

    public Optional<Status> current() {
        return generations.building().map(g -> status(g.number()));
    }

    /** Switches over once caught up; resumes a replay this instance lost (restart) from its committed offsets. */
    @Scheduled(fixedDelayString = "${zhucan.profile.rebuild-check-interval}")
    public void check() {
        generations.building().ifPresent(building -> {
            int number = building.number();
            if (!replay.running(number)) {
                replay.start(number);
            } else if (replay.progress(number).caughtUp()) {
                indicators.refresh(number); // the cockpit reads the new generation's counts from the switch on
                generations.switchTo(number);
                draining.add(number);
                log.info("profile model generation {} caught up and is now the active one", number);
            }
        });
        for (Integer number : draining) {
            if (replay.progress(number).caughtUp()) {
                replay.stop(number);
                draining.remove(number);
            }
        }
    }
}
