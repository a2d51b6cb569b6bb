package io.zhucan.subsidy.personfile.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.facts.application.HolderAccess;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.personfile.application.SubsidyReads.DecisionView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.EntitlementView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.OverpaymentView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.PaymentView;
import io.zhucan.platform.domain.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's subsidy file for staff of the person's county (属地管理), every read audited. */
@Service
public class PersonFileQuery {

    private final PersonFactsStore facts;
    private final SubsidyReads reads;
    private final HolderAccess access;

    public PersonFileQuery(PersonFactsStore facts, SubsidyReads reads, HolderAccess access) {
        this.facts = facts;
        this.reads = reads;
        this.access = access;
    }

    /** The facts as the rules saw them, and everything decided and paid. */
    public record SubsidyFile(PersonFacts facts, List<EntitlementView> entitlements, List<DecisionView> decisions,
            List<PaymentView> payments, List<OverpaymentView> overpayments) {
    }

    @Transactional(readOnly = true)
    public SubsidyFile file(CurrentUser staff, UUID personId) {
        PersonFacts person = facts.findByPerson(personId).filter(PersonFacts::hasCertificate)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
        access.read(staff, personId, person.certificate().county(), "subsidy/case");
        return new SubsidyFile(person, reads.entitlements(personId), reads.decisions(personId, 50),
                reads.payments(personId, 120), reads.overpayments(personId));
    }
}
