package io.zhucan.platform.security.servlet;

import io.zhucan.platform.security.audit.PersonFileAudit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Writes whatever audit rows a request still has pending when it is over (answers without a body). */
class PendingAuditFilter extends OncePerRequestFilter {

    private final PersonFileAudit audit;

    PendingAuditFilter(PersonFileAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            audit.writePending(request);
        }
    }
}
