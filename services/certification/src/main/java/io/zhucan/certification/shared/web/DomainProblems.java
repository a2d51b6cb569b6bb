package io.zhucan.certification.shared.web;

import io.zhucan.certification.shared.ConcurrentChangeException;
import io.zhucan.certification.shared.ConflictException;
import io.zhucan.certification.shared.FourEyesViolationException;
import io.zhucan.certification.shared.IdentityNotVerifiedException;
import io.zhucan.certification.shared.IllegalTransitionException;
import io.zhucan.certification.shared.NotFoundException;
import io.zhucan.certification.shared.RuleViolationException;
import io.zhucan.platform.security.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem+json. Domain messages name rules and states, never personal
 * data, so they can be shown to the caller as they are.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblems {

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
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", e.getMessage() + "; reload and try again");
    }

    @ExceptionHandler(FourEyesViolationException.class)
    ProblemDetail fourEyes(FourEyesViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "four-eyes", e.getMessage());
        problem.setProperty("rule", "four-eyes");
        return problem;
    }

    @ExceptionHandler(IdentityNotVerifiedException.class)
    ProblemDetail identityNotVerified(IdentityNotVerifiedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "identity-not-verified", e.getMessage());
        problem.setProperty("rule", "verified-identity");
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }
}
