package io.zhucan.employment.outreach;

import java.time.Instant;
import java.util.UUID;

/** The county's employment service is to contact this certificate holder (one record per person). */
public record Outreach(UUID id, UUID personId, String county, UUID certificateId, Instant createdAt) {
}
