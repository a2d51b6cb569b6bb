package io.zhucan.backoffice.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page shows: who is signed in (navigation by role). */
@ControllerAdvice
class PageModel {

    @ModelAttribute("staff")
    @Nullable Staff staff(@AuthenticationPrincipal @Nullable OidcUser user) {
        return user == null ? null : Staff.of(user);
    }
}
