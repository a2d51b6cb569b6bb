package io.zhucan.platform.domain;

/**
 * A citizen acted for themselves with an ID number their token's real-name verification does not
 * vouch for (or with no verified identity at all): refused, whoever that number belongs to — 403
 * {@code identity-not-verified}.
 */
public class IdentityNotVerifiedException extends DomainException {

    public IdentityNotVerifiedException() {
        super("you can apply for yourself with the ID number your account was verified with only;"
                + " for someone else, apply at a county office");
    }
}
