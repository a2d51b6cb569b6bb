package io.zhucan.platform.security.problem;

import io.zhucan.platform.security.RequestIds;
import java.net.URI;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with the platform's conventions: a type URI per kind and the request id. */
public final class Problems {

    public static final String TYPE_BASE = "https://zhucan.io/problems/";

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return withRequestId(problem);
    }

    public static ProblemDetail withRequestId(ProblemDetail problem) {
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    private Problems() {
    }
}
