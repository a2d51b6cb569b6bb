package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyFiguresTest {

    static final String SCRAPE = """
            # HELP zhucan_outbox_backlog events committed and not yet published by the outbox relay
            # TYPE zhucan_outbox_backlog gauge
            zhucan_outbox_backlog 12.0
            zhucan_events_consumed_total{consumer="subsidy",outcome="applied",topic="zhucan.certification.events",type="a"} 40.0
            zhucan_events_consumed_total{consumer="subsidy",outcome="duplicate",topic="partner.civil-affairs.facts",type="b"} 2.0
            zhucan_events_consumed_total_created{consumer="subsidy"} 1.7E9
            zhucan_dead_letters_open 1.0
            zhucan_subsidy_payment_run_instructed 2400000.0
            """;

    @Test
    void theFiguresSumEachMeterOverItsTagsAndLeaveOutWhatTheServiceHasNot() {
        assertThat(KeyFigures.of(SCRAPE))
                .isEqualTo("outbox backlog 12, consumed 42, parked 1, payment run instructed 2400000");
        assertThat(KeyFigures.of("jvm_threads_live_threads 30.0\n")).isEmpty();
    }
}
