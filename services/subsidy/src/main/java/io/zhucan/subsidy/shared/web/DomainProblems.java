package io.zhucan.subsidy.shared.web;

import io.zhucan.platform.security.problem.Problems;
import io.zhucan.subsidy.shared.IllegalTransitionException;
import io.zhucan.subsidy.shared.NotFoundException;
import io.zhucan.subsidy.shared.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem+json, as in every service (docs/developing.md): 404 not-found,
 * 409 illegal-transition, 422 rule-violation with the rule's id. Messages carry no personal data.
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

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }
}
