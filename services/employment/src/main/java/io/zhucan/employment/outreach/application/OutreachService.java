package io.zhucan.employment.outreach.application;

import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.employment.outreach.LabourAge;
import io.zhucan.employment.outreach.LabourAgePolicy;
import io.zhucan.employment.outreach.Outreach;
import io.zhucan.employment.outreach.Outreaches;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate events become outreach: a holder of labour age on the day of issue gets one outreach
 * record for their county. Runs in the inbox transaction; the person's unique outreach row makes a
 * second delivery (or a second certificate) harmless even past the inbox. A certificate migrated from
 * the legacy system is no new holder: the holder is kept (quota, matching), nobody is reached out to.
 */
@Service
public class OutreachService {

    private static final Logger log = LoggerFactory.getLogger(OutreachService.class);

    private final Outreaches outreaches;
    private final LabourAgePolicy labourAge;
    private final Clock clock;

    public OutreachService(Outreaches outreaches, LabourAgePolicy labourAge, Clock clock) {
        this.outreaches = outreaches;
        this.labourAge = labourAge;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateIssued(CertificateIssued e) {
        CertificateHolder holder = new CertificateHolder(e.personId(), e.certificateId(), e.householdCounty(),
                e.category(), e.grade(), visualGrade(e.category(), e.grade(), e.disabilities()), e.birthDate(), e.sex());
        outreaches.saveHolder(holder);
        outreaches.holderLivesIn(e.personId(), e.householdTownship());
        if (e.wasMigrated()) {
            log.debug("certificate {}: migrated from the legacy system, no outreach", e.certificateId());
            return;
        }
        if (!isOfLabourAge(holder, e.issuedOn())) {
            log.debug("certificate {}: holder not of labour age, no outreach", e.certificateId());
            return;
        }
        if (outreaches.open(new Outreach(UUID.randomUUID(), e.personId(), e.householdCounty(), e.certificateId(),
                clock.instant()))) {
            log.info("outreach opened for person {} in {}", e.personId(), e.householdCounty());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateRegraded(CertificateRegraded e) {
        outreaches.holder(e.personId()).ifPresent(h -> outreaches.saveHolder(new CertificateHolder(h.personId(),
                h.certificateId(), e.householdCounty(), e.category(), e.grade(),
                visualGrade(e.category(), e.grade(), e.disabilities()), h.birthDate(), h.sex())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateTransferred(CertificateTransferred e) {
        outreaches.holder(e.personId()).ifPresent(h -> outreaches.saveHolder(new CertificateHolder(h.personId(),
                h.certificateId(), e.toCounty(), h.category(), h.grade(), h.visualGrade(), h.birthDate(), h.sex())));
        outreaches.holderLivesIn(e.personId(), null); // the township there is not known yet
    }

    public boolean isOfLabourAge(CertificateHolder holder, LocalDate day) {
        LabourAge age = labourAge.forPerson(holder.sex(), holder.birthDate(), day);
        return age.covers(holder.birthDate(), day);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<String> holderCounty(UUID personId) {
        return outreaches.holder(personId).map(CertificateHolder::county);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Outreach> outreachOf(UUID personId) {
        return outreaches.of(personId);
    }

    @Transactional(readOnly = true)
    public List<Outreach> inRegion(RegionListing region, int limit) {
        return outreaches.inRegion(region, limit);
    }

    private static @Nullable DisabilityGrade visualGrade(DisabilityCategory category, DisabilityGrade grade,
            List<Disability> disabilities) {
        if (category == DisabilityCategory.VISUAL) {
            return grade;
        }
        return disabilities.stream().filter(d -> d.category() == DisabilityCategory.VISUAL)
                .map(Disability::grade).reduce(DisabilityGrade::mostSevere).orElse(null);
    }
}
