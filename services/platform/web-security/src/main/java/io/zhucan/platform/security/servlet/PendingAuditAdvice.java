package io.zhucan.platform.security.servlet;

import io.zhucan.platform.security.audit.PersonFileAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes a request's pending audit rows after the handler's transaction has ended and before the
 * body leaves: if the audit cannot be written, the person's data is not sent either.
 */
@ControllerAdvice
class PendingAuditAdvice implements ResponseBodyAdvice<Object> {

    private final PersonFileAudit audit;

    PendingAuditAdvice(PersonFileAudit audit) {
        this.audit = audit;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet && !TransactionSynchronizationManager.isActualTransactionActive()) {
            audit.writePending(servlet.getServletRequest());
        }
        return body;
    }
}
