package io.zhucan.rehabilitation.shared.web;

import io.zhucan.platform.security.problem.Problems;
import io.zhucan.rehabilitation.shared.ConcurrentChangeException;
import io.zhucan.rehabilitation.shared.FourEyesViolationException;
import io.zhucan.rehabilitation.shared.IllegalTransitionException;
import io.zhucan.rehabilitation.shared.NotFoundException;
import io.zhucan.rehabilitation.shared.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The domain's refusals as problem+json; their messages name rules and states, never personal data. */
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

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }
}
