package io.zhucan.profile.rebuild.web;

import io.zhucan.profile.rebuild.application.Rebuilds;
import java.time.Instant;

/** A generation and its replay as the operator sees them: records consumed of the topics' total, in percent. */
record RebuildView(int generation, String status, Instant startedAt, Instant switchedAt, String startedBy,
        long consumed, long total, double percent, boolean caughtUp, boolean replaying) {

    static RebuildView of(Rebuilds.Status s) {
        var g = s.generation();
        var p = s.progress();
        return new RebuildView(g.number(), g.status(), g.startedAt(), g.switchedAt(), g.startedBy(), p.consumed(),
                p.total(), p.percent(), p.caughtUp(), s.replaying());
    }
}
