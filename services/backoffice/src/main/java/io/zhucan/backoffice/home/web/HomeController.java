package io.zhucan.backoffice.home.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login (the screens the user's roles open) and the page after logout. */
@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }

    @GetMapping("/signed-out")
    @PreAuthorize("permitAll()")
    String signedOut() {
        return "signed-out";
    }
}
