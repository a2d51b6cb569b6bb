package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: read models for the API (citizens, caseworkers). */
public interface SubsidyQueries {

    List<EntitlementView> entitlements(UUID personId);

    List<DecisionView> decisions(UUID personId, int limit);

    List<PaymentView> payments(UUID personId, int limit);

    List<OverpaymentView> overpayments(UUID personId);

    List<NotificationView> notifications(UUID personId, int limit);

    /** Open exception cases of the counties a region scope covers ({@code 330000}, {@code 3301xx}, a county). */
    List<ExceptionView> openExceptions(String regionScope, int limit);

    record EntitlementView(UUID id, Allowance allowance, EntitlementStatus status, YearMonth startMonth,
            @Nullable YearMonth endMonth, @Nullable YearMonth pausedFrom, @Nullable YearMonth pausedUntil,
            long monthlyAmountFen, String county, @Nullable String statusReason, boolean manualOverride) {
    }

    record DecisionView(UUID id, Allowance allowance, EligibilityOutcome outcome, List<String> failedRules,
            List<String> missingFacts, @Nullable Long amountFen, String county, long policyVersion, String trigger,
            Instant decidedAt) {
    }

    record PaymentView(UUID instructionId, UUID entitlementId, Allowance allowance, YearMonth month, long amountFen,
            String status, int attempt, @Nullable String failureReason, @Nullable LocalDate settledOn) {
    }

    record OverpaymentView(UUID id, UUID entitlementId, Allowance allowance, List<YearMonth> months, long amountFen,
            String reason, String status, Instant raisedAt) {
    }

    record NotificationView(UUID id, @Nullable UUID entitlementId, String kind, String message, Instant createdAt) {
    }

    record ExceptionView(UUID id, UUID personId, @Nullable Allowance allowance, String kind, String county,
            String detail, Instant openedAt) {
    }
}
