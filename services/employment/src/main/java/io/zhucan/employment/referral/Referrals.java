package io.zhucan.employment.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Referrals {

    /** False if this job was proposed to this person before. */
    boolean add(Referral referral);

    /** Saves the next step; false if someone else moved the referral first. */
    boolean update(Referral referral);

    Optional<Referral> byId(UUID id);

    List<Referral> ofPerson(UUID personId);

    /** The employer's referrals whose seeker still consents to matching (withdrawn consent hides them). */
    List<Referral> ofEmployerWithConsent(UUID employerId);

    void addPlacement(Placement placement);
}
