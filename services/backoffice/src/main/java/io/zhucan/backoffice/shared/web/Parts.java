package io.zhucan.backoffice.shared.web;

import java.util.function.Supplier;
import org.springframework.ui.Model;

/** A page made of several services' parts: a part the user may not read (or a service not answering) shows its refusal, the rest stays. */
public final class Parts {

    private Parts() {
    }

    /** {@code name} in the model, or {@code nameRefusal} with the service's refusal. */
    public static void add(Model model, String name, Supplier<Object> read) {
        try {
            model.addAttribute(name, read.get());
        } catch (ServiceRefusal refusal) {
            model.addAttribute(name + "Refusal", refusal);
        }
    }
}
