package io.zhucan.rehabilitation.modification;

import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A home accessibility modification of one need: surveyed, planned with a budget, the works done
 * at a cost, then accepted by someone other than who recorded the works. On acceptance the subsidy
 * is fixed once: the cost, at most the budget and the policy cap.
 */
public record ModificationCase(
        UUID id,
        UUID needId,
        UUID personId,
        String county,
        ModificationStatus status,
        @Nullable String surveyFindings,
        @Nullable LocalDate surveyedOn,
        @Nullable String plan,
        @Nullable Long budgetFen,
        @Nullable Long costFen,
        @Nullable LocalDate worksDoneOn,
        @Nullable String worksRecordedBy,
        @Nullable String acceptedBy,
        @Nullable LocalDate acceptedOn,
        @Nullable Long subsidyFen,
        String openedBy,
        long version) {

    public static ModificationCase open(UUID id, UUID needId, UUID personId, String county, String by) {
        return new ModificationCase(id, needId, personId, county, ModificationStatus.OPENED, null, null, null, null, null,
                null, null, null, null, null, by, 0);
    }

    public ModificationCase survey(String findings, LocalDate on) {
        require(ModificationStatus.OPENED, "survey");
        return new ModificationCase(id, needId, personId, county, ModificationStatus.SURVEYED, findings, on, null, null,
                null, null, null, null, null, null, openedBy, version);
    }

    public ModificationCase planWorks(String works, long budget) {
        require(ModificationStatus.SURVEYED, "plan");
        if (budget <= 0) {
            throw new RuleViolationException("budget", "a budget is positive, in fen");
        }
        return new ModificationCase(id, needId, personId, county, ModificationStatus.PLANNED, surveyFindings, surveyedOn,
                works, budget, null, null, null, null, null, null, openedBy, version);
    }

    public ModificationCase worksDone(long cost, LocalDate on, String by) {
        require(ModificationStatus.PLANNED, "record the works of");
        if (cost < 0) {
            throw new RuleViolationException("cost", "a cost is never negative");
        }
        return new ModificationCase(id, needId, personId, county, ModificationStatus.WORKS_DONE, surveyFindings,
                surveyedOn, plan, budgetFen, cost, on, by, null, null, null, openedBy, version);
    }

    /** Acceptance (验收): the subsidy is the cost, at most the budget and {@code capFen}; fixed once. */
    public ModificationCase accept(String by, LocalDate on, long capFen) {
        require(ModificationStatus.WORKS_DONE, "accept");
        if (by.equals(worksRecordedBy)) {
            throw new FourEyesViolationException("the works are accepted by someone other than who recorded them");
        }
        long subsidy = Math.min(costFen, Math.min(budgetFen, capFen));
        return new ModificationCase(id, needId, personId, county, ModificationStatus.ACCEPTED, surveyFindings,
                surveyedOn, plan, budgetFen, costFen, worksDoneOn, worksRecordedBy, by, on, subsidy, openedBy, version);
    }

    private void require(ModificationStatus expected, String step) {
        if (status != expected) {
            throw new IllegalTransitionException("cannot " + step + " a case that is " + status);
        }
    }
}
