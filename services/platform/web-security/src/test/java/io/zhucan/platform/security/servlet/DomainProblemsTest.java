package io.zhucan.platform.security.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.domain.ConcurrentChangeException;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IdentityNotVerifiedException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** One refusal convention for every service: each domain exception's status, type and rule. */
class DomainProblemsTest {

    final DomainProblems problems = new DomainProblems();

    @Test
    void eachRefusalHasItsStatusTypeAndRule() {
        assertProblem(problems.notFound(new NotFoundException("no person")), 404, "not-found", null);
        assertProblem(problems.illegalTransition(new IllegalTransitionException("already ended")), 409,
                "illegal-transition", null);
        assertProblem(problems.conflict(new ConflictException("identity", "taken")), 409, "conflict", "identity");
        assertProblem(problems.conflict(new ConflictException("taken")), 409, "conflict", null);
        assertProblem(problems.concurrentChange(new ConcurrentChangeException("changed")), 409, "concurrent-change",
                null);
        assertProblem(problems.fourEyes(new FourEyesViolationException("you registered it")), 403, "four-eyes",
                "four-eyes");
        assertProblem(problems.identityNotVerified(new IdentityNotVerifiedException()), 403, "identity-not-verified",
                "verified-identity");
        assertProblem(problems.ruleViolation(new RuleViolationException("resident-id-number", "invalid")), 422,
                "rule-violation", "resident-id-number");
        assertThat(problems.concurrentChange(new ConcurrentChangeException("changed")).getDetail())
                .isEqualTo("changed; reload and try again");
        assertThat(problems.notFound(new NotFoundException("no person")).getDetail()).isEqualTo("no person");
    }

    private static void assertProblem(ProblemDetail problem, int status, String type, String rule) {
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType().toString()).endsWith(type);
        if (rule == null) {
            assertThat(problem.getProperties() == null || !problem.getProperties().containsKey("rule")).isTrue();
        } else {
            assertThat(problem.getProperties()).containsEntry("rule", rule);
        }
    }
}
