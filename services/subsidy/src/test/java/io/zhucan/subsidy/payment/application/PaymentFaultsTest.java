package io.zhucan.subsidy.payment.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.subsidy.payment.application.PaymentFaults.SimulatedCrash;
import org.junit.jupiter.api.Test;

/** The failure injection of the payment-run tests: off unless armed, then one crash after the chunks asked for. */
class PaymentFaultsTest {

    static void chunks(PaymentFaults faults, int n) {
        for (int i = 0; i < n; i++) {
            faults.afterChunk();
        }
    }

    @Test
    void disarmedItNeverCrashes() {
        PaymentFaults faults = new PaymentFaults(-1);

        assertThatCode(() -> chunks(faults, 1000)).doesNotThrowAnyException();
    }

    @Test
    void armedWithZeroTheFirstChunkCrashes() {
        PaymentFaults faults = new PaymentFaults(-1);
        faults.crashAfterChunks(0);

        assertThatThrownBy(faults::afterChunk).isInstanceOf(SimulatedCrash.class)
                .hasMessage("payment run killed after a committed chunk");
    }

    @Test
    void itCrashesAfterTheChunksAskedForThenDisarms() {
        PaymentFaults faults = new PaymentFaults(-1);
        faults.crashAfterChunks(2);

        chunks(faults, 2);
        assertThatThrownBy(faults::afterChunk).isInstanceOf(SimulatedCrash.class);
        assertThatCode(() -> chunks(faults, 10)).doesNotThrowAnyException();
    }

    @Test
    void theConfiguredValueArmsItFromTheStart() {
        PaymentFaults faults = new PaymentFaults(1);

        faults.afterChunk();
        assertThatThrownBy(faults::afterChunk).isInstanceOf(SimulatedCrash.class);
        assertThatCode(faults::afterChunk).doesNotThrowAnyException();
    }

    @Test
    void disarmingCancelsACrashToCome() {
        PaymentFaults faults = new PaymentFaults(0);
        faults.crashAfterChunks(-1);

        assertThatCode(() -> chunks(faults, 3)).doesNotThrowAnyException();
    }
}
