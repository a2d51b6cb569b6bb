package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** The outbox as a list: what a use case published, in order. */
public class PublishedEvents extends EventPublisher {

    public final List<IntegrationEvent> all = new ArrayList<>();

    public PublishedEvents() {
        super(null, null, null, null);
    }

    @Override
    public void publish(IntegrationEvent event) {
        all.add(event);
    }

    @Override
    public void publishAll(List<? extends IntegrationEvent> events) {
        all.addAll(events);
    }

    /** The fake stores that write events with their SQL add them to this list themselves. */
    @Override
    public void writtenBySql() {
    }

    public <T extends IntegrationEvent> List<T> of(Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<String> types() {
        return all.stream().map(e -> e.getClass().getSimpleName()).toList();
    }
}
