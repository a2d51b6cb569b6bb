package io.zhucan.profile.timeline.application;

import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.profile.timeline.Generations;
import io.zhucan.profile.timeline.PersonFile;
import io.zhucan.profile.timeline.TimelineReads;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a person's file: staff of the person's region (属地管理) or the citizen themselves, every
 * read and every refusal audited. The file holds no ID number, so there is nothing to mask by role.
 */
@Service
public class PersonFileQuery {

    private static final String RESOURCE = "profile:timeline";

    private final Generations generations;
    private final TimelineReads reads;
    private final PersonAccess access;

    PersonFileQuery(Generations generations, TimelineReads reads, PersonAccess access) {
        this.generations = generations;
        this.reads = reads;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public PersonFile file(CurrentUser user, UUID person) {
        int g = generations.active();
        PersonFile.Header header = reads.header(g, person).orElseThrow(() -> new NotFoundException("no file for this person"));
        access.read(user, person, header.place(), RESOURCE);
        return PersonFile.of(header, reads.timeline(g, person, header.idHash()));
    }

    @Transactional(readOnly = true)
    public PersonFile mine(CurrentUser user) {
        UUID person = user.personId();
        if (person == null) {
            throw new NotFoundException("the token names no person");
        }
        return file(user, person);
    }
}
