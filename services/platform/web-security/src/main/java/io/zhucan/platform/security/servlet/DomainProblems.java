package io.zhucan.platform.security.servlet;

import io.zhucan.platform.domain.ConcurrentChangeException;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IdentityNotVerifiedException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.security.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals (platform-domain) as problem+json, one convention for every service
 * (docs/developing.md). Domain messages carry no personal data, so they are shown as they are.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DomainProblems {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        return Problems.of(HttpStatus.CONFLICT, "illegal-transition", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return withRule(Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage()), e.rule());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", e.getMessage() + "; reload and try again");
    }

    @ExceptionHandler(FourEyesViolationException.class)
    ProblemDetail fourEyes(FourEyesViolationException e) {
        return withRule(Problems.of(HttpStatus.FORBIDDEN, "four-eyes", e.getMessage()), "four-eyes");
    }

    @ExceptionHandler(IdentityNotVerifiedException.class)
    ProblemDetail identityNotVerified(IdentityNotVerifiedException e) {
        return withRule(Problems.of(HttpStatus.FORBIDDEN, "identity-not-verified", e.getMessage()), "verified-identity");
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return withRule(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", e.getMessage()), e.rule());
    }

    private static ProblemDetail withRule(ProblemDetail problem, String rule) {
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return problem;
    }
}
