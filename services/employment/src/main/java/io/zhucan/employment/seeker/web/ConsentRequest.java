package io.zhucan.employment.seeker.web;

import io.zhucan.platform.events.employment.ConsentScope;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The scopes consented to from now on; an empty set withdraws consent. */
record ConsentRequest(@NotNull Set<ConsentScope> scopes) {
}
