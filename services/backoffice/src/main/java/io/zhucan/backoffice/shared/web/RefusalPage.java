package io.zhucan.backoffice.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal no page handled itself: a page with the service's own reason, under the service's
 * status (so a 403 stays a 403). Forms catch refusals themselves to show them beside the fields.
 */
@ControllerAdvice
class RefusalPage {

    @ExceptionHandler(ServiceRefusal.class)
    ModelAndView refused(ServiceRefusal refusal) {
        ModelAndView page = new ModelAndView("refused");
        page.addObject("refusal", refusal);
        page.setStatus(HttpStatus.valueOf(refusal.status() >= 500 ? 502 : refusal.status()));
        return page;
    }
}
