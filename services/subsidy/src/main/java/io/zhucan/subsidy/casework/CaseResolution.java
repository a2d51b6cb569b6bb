package io.zhucan.subsidy.casework;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.util.UUID;

/** The closing of a person's open case of a kind for an allowance, if there is one. */
public record CaseResolution(UUID personId, Allowance allowance, ExceptionKind kind, String by, String resolution) {
}
