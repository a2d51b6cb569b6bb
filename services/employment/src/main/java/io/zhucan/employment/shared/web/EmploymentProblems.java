package io.zhucan.employment.shared.web;

import io.zhucan.employment.shared.ConflictException;
import io.zhucan.employment.shared.NotFoundException;
import io.zhucan.employment.shared.RuleViolationException;
import io.zhucan.platform.security.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The domain's refusals as problem+json; their messages carry no personal data. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmploymentProblems {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }
}
