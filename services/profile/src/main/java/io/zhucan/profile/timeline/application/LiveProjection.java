package io.zhucan.profile.timeline.application;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.profile.timeline.Generations;
import org.springframework.stereotype.Service;

/** The live consumers keep the active generation (read in the event's transaction, so a switch-over is seen at once). */
@Service
public class LiveProjection {

    private final Projection projection;
    private final Generations generations;

    LiveProjection(Projection projection, Generations generations) {
        this.projection = projection;
        this.generations = generations;
    }

    public void apply(IntegrationEvent event) {
        projection.apply(generations.active(), event);
    }
}
