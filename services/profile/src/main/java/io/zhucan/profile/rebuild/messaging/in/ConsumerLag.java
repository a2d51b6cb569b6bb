package io.zhucan.profile.rebuild.messaging.in;

import io.zhucan.profile.rebuild.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** A consumer group's committed offsets against the topics' end offsets (the replay's progress). */
@Component
class ConsumerLag implements DisposableBean {

    private final Admin admin;

    ConsumerLag(KafkaAdmin kafkaAdmin) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    Progress of(String group, String... topics) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topics)).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            long total = 0;
            long consumed = 0;
            for (var end : ends.entrySet()) {
                total += end.getValue().offset();
                OffsetAndMetadata offset = committed.get(end.getKey());
                consumed += offset == null ? 0 : Math.min(offset.offset(), end.getValue().offset());
            }
            return new Progress(consumed, total);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not answer the offsets of " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading offsets", e);
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
