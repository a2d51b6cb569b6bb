package io.zhucan.employment.seeker.web;

import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Roles;
import io.zhucan.platform.security.audit.PersonFileAudit;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A citizen's own job-seeker file: who they are comes from the token's person id, nothing else. */
@RestController
@RequestMapping("${zhucan.api.base-path}/me/seeker")
@PreAuthorize("hasRole('" + Roles.CITIZEN + "')")
class MySeekerController {

    private final SeekerService seekers;
    private final PersonFileAudit audit;

    MySeekerController(SeekerService seekers, PersonFileAudit audit) {
        this.seekers = seekers;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SeekerView register(CurrentUser user, @Valid @RequestBody ProfileRequest request) {
        return SeekerView.of(seekers.register(me(user), request.profile(), request.consentScopes(), user.username(),
                Roles.CITIZEN));
    }

    @GetMapping
    SeekerView mine(CurrentUser user) {
        SeekerView view = SeekerView.of(seekers.seeker(me(user)));
        audit.read(user, me(user), "employment/seeker");
        return view;
    }

    @PutMapping("/profile")
    SeekerView profile(CurrentUser user, @Valid @RequestBody ProfileRequest request) {
        return SeekerView.of(seekers.changeProfile(me(user), request.profile()));
    }

    @PutMapping("/consent")
    SeekerView consent(CurrentUser user, @Valid @RequestBody ConsentRequest request) {
        return SeekerView.of(seekers.changeConsent(me(user), request.scopes(), user.username(), Roles.CITIZEN));
    }

    static UUID me(CurrentUser user) {
        if (user.personId() == null) {
            throw new AccessDeniedException("the token carries no person id");
        }
        return user.personId();
    }
}
