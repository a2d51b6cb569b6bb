package io.zhucan.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void itsPrintedFormLeavesThePayloadOut() {
        UUID id = UUID.randomUUID();
        OutboxMessage message = new OutboxMessage(id, "io.zhucan.subsidy.payment.instructed.v1", Instant.EPOCH,
                "zhucan.subsidy.civil-affairs", "person-1", "{\"certificateNumber\":\"33010219900307002X21\"}");

        assertThat(message.toString()).contains(id.toString(), "payment.instructed", "civil-affairs")
                .doesNotContain("33010219900307002X").doesNotContain("person-1");
    }
}
