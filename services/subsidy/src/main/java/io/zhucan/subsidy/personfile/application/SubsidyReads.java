package io.zhucan.subsidy.personfile.application;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the read models of a person's allowances (views over every feature's tables). */
public interface SubsidyReads {

    List<EntitlementView> entitlements(UUID personId);

    List<DecisionView> decisions(UUID personId, int limit);

    List<PaymentView> payments(UUID personId, int limit);

    List<OverpaymentView> overpayments(UUID personId);

    List<NotificationView> notifications(UUID personId, int limit);

    record EntitlementView(UUID id, Allowance allowance, EntitlementStatus status, YearMonth startMonth,
            @Nullable YearMonth endMonth, @Nullable YearMonth pausedFrom, @Nullable YearMonth pausedUntil,
            long monthlyAmountFen, String county, @Nullable String statusReason, boolean manualOverride) {
    }

    record DecisionView(UUID id, Allowance allowance, EligibilityOutcome outcome, List<String> failedRules,
            List<String> missingFacts, @Nullable Long amountFen, String county, long policyVersion, String trigger,
            Instant decidedAt, List<String> regionalRules) {
    }

    record PaymentView(UUID instructionId, UUID entitlementId, Allowance allowance, YearMonth month, long amountFen,
            String status, int attempt, @Nullable String failureReason, @Nullable LocalDate settledOn) {
    }

    record OverpaymentView(UUID id, UUID entitlementId, Allowance allowance, List<YearMonth> months, long amountFen,
            String reason, String status, Instant raisedAt) {
    }

    record NotificationView(UUID id, @Nullable UUID entitlementId, String kind, String message, Instant createdAt) {
    }
}
