package io.zhucan.subsidy.migration;

import java.util.List;

/** The months another system paid, per ID number and allowance, that no run pays again (port). */
public interface PaidElsewhere {

    /**
     * Records a batch: a month later than the one recorded replaces it, the same changes nothing (so
     * the same file again is a no-op), an earlier one is never taken (it would pay a month again) and
     * comes back as a rejection. Of one person's rows in a batch, the latest month counts.
     */
    List<Rejection> record(List<LegacyPaidThrough> batch, String source);
}
