package io.zhucan.platform.security.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses (403) a call to a handler method without an explicit rule ({@link EndpointRules}). */
class DenyUnruledEndpoints implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(DenyUnruledEndpoints.class);

    private final Map<Method, Boolean> ruled = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && !ruled.computeIfAbsent(method.getMethod(), m -> EndpointRules.hasRule(m, method.getBeanType()))) {
            log.warn("refused {}: {} has no explicit authorisation rule", request.getRequestURI(), method.getShortLogMessage());
            throw new AccessDeniedException("this endpoint has no authorisation rule");
        }
        return true;
    }
}
