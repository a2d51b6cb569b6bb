package io.zhucan.certification.certificate.application;

import io.zhucan.certification.certificate.Certificates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: certificates whose validity ended become expired (benefits pause until renewal). */
@Component
public class CertificateExpiry {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);

    private final Certificates certificates;
    private final CertificateService service;
    private final Clock clock;

    public CertificateExpiry(Certificates certificates, CertificateService service, Clock clock) {
        this.certificates = certificates;
        this.service = service;
        this.clock = clock;
    }

    /** The nightly expiry, once per cluster: the replica holding the lock runs it (ADR 0010). */
    @SchedulerLock(name = "certification-expiry", lockAtLeastFor = "PT10M")
    @Scheduled(cron = "${zhucan.certification.expiry-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    public void scheduledExpiry() {
        expireDue();
    }

    public int expireDue() {
        int expired = 0;
        List<UUID> due;
        do {
            due = certificates.validUntilBefore(LocalDate.now(clock), 500);
            due.forEach(service::expire);
            expired += due.size();
        } while (due.size() == 500);
        log.info("expired {} certificates", expired);
        return expired;
    }
}
