package io.zhucan.backoffice.shared.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service said no (a 4xx/5xx problem+json through the gateway): the page shows its {@code detail}
 * as it is, and its {@code rule} id when it names one (e.g. four-eyes), never a reason of its own.
 */
public final class ServiceRefusal extends RuntimeException {

    private final int status;
    private final String title;
    private final @Nullable String rule;
    private final Map<String, String> fields;

    ServiceRefusal(int status, String title, String detail, @Nullable String rule, Map<String, String> fields) {
        super(detail);
        this.status = status;
        this.title = title;
        this.rule = rule;
        this.fields = Map.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public @Nullable String rule() {
        return rule;
    }

    /** The request's fields the service named as invalid (a 400), by the service's field name, with its message. */
    public Map<String, String> fields() {
        return fields;
    }

    /** Not allowed for this user (role, region): a page says so instead of failing. */
    public boolean forbidden() {
        return status == 403;
    }
}
