package io.zhucan.subsidy.personfile.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.personfile.application.SubsidyReads.DecisionView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.EntitlementView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.NotificationView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.OverpaymentView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.PaymentView;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's own allowances: the person is the one the verified token names, every read audited. */
@Service
@Transactional(readOnly = true)
public class MyFileQuery {

    /** No county yet (no certificate known): the audit row says so. */
    private static final String UNKNOWN_COUNTY = "000000";

    private final PersonFactsStore facts;
    private final SubsidyReads reads;
    private final PersonAccess access;

    public MyFileQuery(PersonFactsStore facts, SubsidyReads reads, PersonAccess access) {
        this.facts = facts;
        this.reads = reads;
        this.access = access;
    }

    public List<EntitlementView> entitlements(CurrentUser citizen) {
        return read(citizen, "subsidy/entitlements", reads::entitlements);
    }

    public List<DecisionView> decisions(CurrentUser citizen) {
        return read(citizen, "subsidy/decisions", me -> reads.decisions(me, 100));
    }

    public List<PaymentView> payments(CurrentUser citizen) {
        return read(citizen, "subsidy/payments", me -> reads.payments(me, 240));
    }

    public List<OverpaymentView> overpayments(CurrentUser citizen) {
        return read(citizen, "subsidy/overpayments", reads::overpayments);
    }

    public List<NotificationView> notifications(CurrentUser citizen) {
        return read(citizen, "subsidy/notifications", me -> reads.notifications(me, 100));
    }

    private <T> T read(CurrentUser citizen, String resource, Function<UUID, T> query) {
        if (citizen.personId() == null) {
            throw new AccessDeniedException("the token names no person");
        }
        UUID me = citizen.personId();
        String county = facts.findByPerson(me).filter(PersonFacts::hasCertificate).map(f -> f.certificate().county())
                .orElse(UNKNOWN_COUNTY);
        access.read(citizen, me, county, resource);
        return query.apply(me);
    }
}
