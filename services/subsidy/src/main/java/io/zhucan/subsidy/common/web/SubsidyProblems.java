package io.zhucan.subsidy.common.web;

import io.zhucan.platform.security.problem.Problems;
import io.zhucan.subsidy.common.IllegalTransitionException;
import io.zhucan.subsidy.common.InvalidRequestException;
import io.zhucan.subsidy.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's domain exceptions as problem+json; the platform handler covers the rest. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubsidyProblems {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail conflict(IllegalTransitionException e) {
        return Problems.of(HttpStatus.CONFLICT, "illegal-transition", e.getMessage());
    }
}
