package io.zhucan.devstack.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.zhucan.devstack.Console;
import io.zhucan.devstack.Poll;
import io.zhucan.devstack.demo.EventTap.Observed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code ./platform demo}: the flagship flow through the gateway with real Keycloak tokens, one
 * made-up applicant per run. Each step is an API call a real client makes, or an automatic reaction
 * of the platform; for each, the demo waits (with a deadline) until the effect is visible in the
 * API and the event behind it was seen on Kafka, and prints both with the time it took. A step that
 * does not happen fails the demo (exit code 1).
 *
 * <p>The steps are the list in {@link #steps()}; the endpoints they call are the constants below.
 */
public final class Demo {

    // the API (gateway routes; services serve their own base paths)
    static final String APPLICATIONS = "/api/certification/applications";
    static final String CERTIFICATES = "/api/certification/certificates";
    static final String SUBSIDY_CASE = "/api/subsidies/persons";
    static final String PAYMENT_RUNS = "/api/subsidies/admin/payment-runs";
    static final String APPROVALS = "/api/subsidies/approvals";
    static final String LOW_INCOME_FACTS = "/api/partners/civil-affairs/low-income-status";
    static final String DEATH_FACTS = "/api/partners/civil-affairs/deaths";
    static final String EMPLOYMENT = "/api/employment";
    static final String NEEDS = "/api/rehabilitation/needs";
    static final String FITTINGS = "/api/rehabilitation/fittings";
    static final String PERSON_FILES = "/api/profile/persons";
    static final String INDICATORS = "/api/profile/indicators";

    // the event catalogue (services/platform/events; DemoCatalogTest keeps these names in step with it)
    static final String CERTIFICATION_TOPIC = "zhucan.certification.events";
    static final String SUBSIDY_TOPIC = "zhucan.subsidy.events";
    static final String SUBSIDY_CIVIL_AFFAIRS_TOPIC = "zhucan.subsidy.civil-affairs";
    static final String CIVIL_AFFAIRS_TOPIC = "partner.civil-affairs.facts";
    static final String EMPLOYMENT_TOPIC = "zhucan.employment.events";
    static final String REHABILITATION_TOPIC = "zhucan.rehabilitation.events";
    static final String LOW_INCOME_CHANGED = "io.zhucan.partner.civil-affairs.low-income-status.changed.v1";
    static final String DEATH_REGISTERED = "io.zhucan.partner.civil-affairs.death.registered.v1";
    static final String APPLIED = "io.zhucan.certification.certificate.applied.v1";
    static final String ASSESSED = "io.zhucan.certification.certificate.assessed.v1";
    static final String ISSUED = "io.zhucan.certification.certificate.issued.v1";
    static final String CANCELLED = "io.zhucan.certification.certificate.cancelled.v1";
    static final String GRANTED = "io.zhucan.subsidy.entitlement.granted.v1";
    static final String TERMINATED = "io.zhucan.subsidy.entitlement.terminated.v1";
    static final String PAYMENT_INSTRUCTED = "io.zhucan.subsidy.payment.instructed.v1";
    static final String ALLOWANCE_CHANGED = "io.zhucan.subsidy.allowance.changed.v1";
    static final String OVERPAYMENT_RAISED = "io.zhucan.subsidy.overpayment.raised.v1";
    static final String SEEKER_REGISTERED = "io.zhucan.employment.seeker.registered.v1";
    static final String CONSENT_CHANGED = "io.zhucan.employment.consent.changed.v1";
    static final String MATCH_PROPOSED = "io.zhucan.employment.match.proposed.v1";
    static final String SEEKER_PLACED = "io.zhucan.employment.seeker.placed.v1";

    /** The demo employer: the organisation (credit code) of employer.shangcheng in the realm. */
    static final String DEMO_EMPLOYER = "91330102MA2HDEMXX1";
    static final String NEED_OPENED = "io.zhucan.rehabilitation.need.opened.v1";
    static final String DEVICE_FITTED = "io.zhucan.rehabilitation.device.fitted.v1";

    /** 上城区, Hangzhou: the county of the demo users caseworker/assessor/reviewer.shangcheng. */
    static final String COUNTY = "330102";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The needs assessment follows the certificate within this (issue 12: "within a second of the approval"). */
    private static final Duration NEED_OPENING_TARGET = Duration.ofSeconds(1);
    /** How long an automatic reaction may take before the demo calls it missing (it takes well under a second). */
    private static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(30);
    /** Employment's outreach follows the certificate within this (issue 13). */
    private static final Duration OUTREACH_WITHIN = Duration.ofSeconds(1);

    /**
     * Where the platform is.
     *
     * @param gateway the gateway's base URL
     * @param issuer the realm's issuer URL (token endpoint below it)
     * @param kafka bootstrap servers, to watch the events
     * @param realmFile the realm export: the demo users' passwords and the partner's secret
     */
    /** Where the demo runs: the gateway, the token issuer, Kafka and how to sign in to it, the realm file. */
    public record Target(String gateway, String issuer, String kafka, Map<String, String> kafkaSecurity, Path realmFile) {
    }

    private final Console console;
    private final Target target;
    private final Api api;

    // what the steps learn as they go
    private DemoPerson person;
    private Tokens tokens;
    private EventTap tap;
    private String applicationId;
    private String personId;
    private String certificateId;
    private Observed issued;
    private String onlineJob;
    private String stairsJob;
    private YearMonth firstMonth;

    public Demo(Console console, Target target) {
        this.console = console;
        this.target = target;
        this.api = new Api(target.gateway(), target.issuer());
    }

    /** A step: what happens, and the code that makes it happen or waits for it. */
    private record Step(String title, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        /** Performs or awaits the step; returns the lines to print under it. Throws DemoFailure if it does not happen. */
        List<String> run();
    }

    /** A step that belongs to a service not built yet: printed, never faked. */
    private record Pending(String title, String why) {
    }

    private List<Object> steps() {
        return List.of(
                new Step("Tokens from Keycloak for the caseworker, assessor and reviewer of " + COUNTY + ", the province's operator"
                        + " and the civil-affairs partner system", this::tokens),
                new Step("Civil affairs reports the household's 低保 (DIBAO) status", this::lowIncomeReported),
                new Step("Caseworker registers the application on the person's behalf (帮办)", this::applied),
                new Step("Assessor records the assessment: 肢体一级 (PHYSICAL, GRADE_1)", this::assessed),
                new Step("Reviewer approves (four eyes): the certificate is issued", this::approved),
                new Step("The certificate is valid and visible to the county's staff", this::certificateVisible),
                new Step("Both allowances are granted without any application (免申即享)", this::allowancesGranted),
                new Step("Rehabilitation opens a needs assessment (精准康复) on " + ISSUED + ", within a second",
                        this::needOpened),
                new Step("Caseworker fits a better wheelchair: basic subsidy + personal top-up (基本补贴+个人补差)",
                        this::deviceFitted),
                                new Step("Employment opens an outreach record for the person of labour age on " + ISSUED,
                        this::outreachOpened),
                new Step("With the caseworker, the person consents (matching, employers' view) and gives a profile",
                        this::seekerRegistered),
                new Step("An employer of " + COUNTY + " offers jobs; matching (人岗匹配) ranks them and explains the score",
                        this::matchExplained),
                new Step("Proposed, accepted, interviewed, hired: the placement event carries the start date",
                        this::placed),
                new Step("Civil affairs receives the allowances (topic " + SUBSIDY_CIVIL_AFFAIRS_TOPIC + ")",
                        this::civilAffairsReceives),
                new Step("The monthly payment run instructs exactly one payment per entitlement", this::paymentRun),
                new Step("The same run again: still exactly one payment per entitlement and month", this::paymentRunAgain),
                new Step("Civil affairs reports the person's death", this::deathReported),
                new Step("The allowances stop; the payment already instructed becomes a recoverable overpayment",
                        this::paymentsStopped),
                new Step("The certificate is cancelled (death)", this::certificateCancelled),
                new Step("The person's file (一人一档): every service's events in one timeline, in order, with reasons",
                        this::personFile),
                new Step("The county's indicators this month (analyst: aggregates only, small cells suppressed)",
                        this::countyIndicators));
    }

    public int run() {
        person = DemoPerson.random(COUNTY, LocalDate.now(ZONE));
        console.line("./platform demo: the flagship flow through the gateway %s, with real tokens from %s",
                target.gateway(), target.issuer());
        console.line("Applicant of this run (made up): %s, ID number %s, born %s, household county %s",
                person.name(), person.idNumber(), person.birthDate(), person.county());
        console.line("");
        Instant start = Instant.now();
        int number = 0;
        int done = 0;
        int pending = 0;
        try (EventTap events = new EventTap(target.kafka(), target.kafkaSecurity(), List.of(CERTIFICATION_TOPIC, SUBSIDY_TOPIC,
                SUBSIDY_CIVIL_AFFAIRS_TOPIC, CIVIL_AFFAIRS_TOPIC, EMPLOYMENT_TOPIC, REHABILITATION_TOPIC))) {
            tap = events;
            for (Object s : steps()) {
                number++;
                if (s instanceof Pending p) {
                    console.line("%3d. %s", number, p.title());
                    console.line("       · %s", p.why());
                    pending++;
                    continue;
                }
                Step step = (Step) s;
                console.line("%3d. %s", number, step.title());
                Instant t0 = Instant.now();
                List<String> lines = step.action().run();
                lines.forEach(l -> console.line("       %s", l));
                console.line("       ✓ %d ms", Duration.between(t0, Instant.now()).toMillis());
                done++;
            }
        } catch (DemoFailure | Poll.Aborted e) {
            console.line("       ✗ FAILED: %s", e.getMessage());
            console.line("");
            console.line("The demo failed at step %d. Logs: ./platform logs <component>; state: ./platform status", number);
            return 1;
        } catch (org.apache.kafka.common.KafkaException e) {
            console.line("       ✗ FAILED: cannot watch the events on Kafka %s (%s). Is the platform up? ./platform status",
                    target.kafka(), e.getMessage());
            return 1;
        }
        console.line("");
        console.line("The flagship flow works: %d steps in %s; %d step(s) wait for services not built yet.",
                done, Console.seconds(Duration.between(start, Instant.now())), pending);
        return 0;
    }

    // ------------------------------------------------------------------ the steps

    private List<String> tokens() {
        Realm realm = Realm.read(target.realmFile());
        tokens = new Tokens(
                user(realm, "caseworker.shangcheng"),
                user(realm, "assessor.shangcheng"),
                user(realm, "reviewer.shangcheng"),
                user(realm, "operator"), // province level: only the province moves money for everyone
                user(realm, "operator2"), // the second person an early run needs (maker-checker)
                user(realm, "employer.shangcheng"),
                user(realm, "analyst.shangcheng"),
                api.clientToken("civil-affairs", realm.secret("civil-affairs")));
        return List.of("password grant (client platform-cli) for 7 users; client credentials for civil-affairs");
    }

    private String user(Realm realm, String username) {
        return api.userToken(username, realm.password(username));
    }

    private List<String> lowIncomeReported() {
        JsonObject fact = new JsonObject();
        fact.addProperty("factId", "demo-" + UUID.randomUUID());
        fact.addProperty("idNumber", person.idNumber());
        fact.addProperty("status", "DIBAO");
        fact.addProperty("effectiveFrom", LocalDate.now(ZONE).minusMonths(6).toString());
        Instant sent = Instant.now();
        api.post(LOW_INCOME_FACTS, tokens.civilAffairs(), fact).expect(202);
        Observed event = tap.await(LOW_INCOME_CHANGED, person.idNumber(), EFFECT_TIMEOUT);
        return List.of("POST " + LOW_INCOME_FACTS + " → 202 (civil-affairs token)",
                "event " + event + after(sent, event));
    }

    private List<String> applied() {
        JsonObject body = new JsonObject();
        body.addProperty("idNumber", person.idNumber());
        body.addProperty("name", person.name());
        body.addProperty("householdCounty", person.county());
        body.addProperty("homeAssessmentRequested", false);
        Instant sent = Instant.now();
        JsonObject application = api.post(APPLICATIONS, tokens.caseworker(), body).expect(201).json();
        applicationId = application.get("id").getAsString();
        personId = application.getAsJsonObject("applicant").get("personId").getAsString();
        expectField(application, "status", "SUBMITTED");
        Observed event = tap.await(APPLIED, personId, EFFECT_TIMEOUT);
        return List.of("POST " + APPLICATIONS + " → 201, application " + applicationId + ", person " + personId,
                "event " + event + after(sent, event));
    }

    private List<String> assessed() {
        JsonObject disability = new JsonObject();
        disability.addProperty("category", "PHYSICAL");
        disability.addProperty("grade", "GRADE_1");
        JsonArray disabilities = new JsonArray();
        disabilities.add(disability);
        JsonObject body = new JsonObject();
        body.addProperty("institution", "浙江省人民医院 (demo)");
        body.add("disabilities", disabilities);
        Instant sent = Instant.now();
        String path = APPLICATIONS + "/" + applicationId + "/assessment";
        JsonObject application = api.post(path, tokens.assessor(), body).expect(200).json();
        expectField(application, "status", "ASSESSED");
        Observed event = tap.await(ASSESSED, personId, EFFECT_TIMEOUT);
        return List.of("POST " + path + " → 200, status ASSESSED", "event " + event + after(sent, event));
    }

    private List<String> approved() {
        String path = APPLICATIONS + "/" + applicationId + "/approval";
        Instant sent = Instant.now();
        JsonObject application = api.post(path, tokens.reviewer(), new JsonObject()).expect(200).json();
        expectField(application, "status", "APPROVED");
        certificateId = application.get("certificateId").getAsString();
        issued = tap.await(ISSUED, personId, EFFECT_TIMEOUT);
        return List.of("POST " + path + " → 200, status APPROVED, certificate " + certificateId,
                "event " + issued + after(sent, issued));
    }

    private List<String> certificateVisible() {
        String path = CERTIFICATES + "/" + certificateId;
        JsonObject certificate = api.get(path, tokens.caseworker()).expect(200).json();
        expectField(certificate, "status", "VALID");
        return List.of("GET " + path + " → " + text(certificate, "categoryName") + text(certificate, "gradeName")
                        + ", valid until " + text(certificate, "validUntil") + ", number " + text(certificate, "number"),
                "caused by " + issued);
    }

    private List<String> allowancesGranted() {
        JsonObject subsidyCase = awaitCase("both allowances granted", c -> openEntitlements(c).size() == 2);
        List<Observed> granted = tap.awaitAll(GRANTED, personId, 2, EFFECT_TIMEOUT);
        List<String> lines = new ArrayList<>();
        for (JsonObject e : openEntitlements(subsidyCase)) {
            lines.add(text(e, "allowanceName") + " (" + text(e, "allowance") + "): " + text(e, "monthlyAmountYuan")
                    + " 元 a month from " + text(e, "startMonth") + ", status " + text(e, "status"));
            YearMonth start = YearMonth.parse(text(e, "startMonth"));
            firstMonth = firstMonth == null || start.isAfter(firstMonth) ? start : firstMonth;
        }
        lines.add("GET " + SUBSIDY_CASE + "/" + personId + " (caseworker): decided by the rules, nobody applied");
        lines.add("caused by " + issued + " → 2× " + granted.getFirst() + after(issued.seenAt(), granted.getLast()));
        return lines;
    }

    private List<String> outreachOpened() {
        String path = EMPLOYMENT + "/outreach/" + personId;
        JsonObject outreach = Poll.until(EFFECT_TIMEOUT, Duration.ofMillis(25), () -> {
            Api.Response response = api.get(path, tokens.caseworker());
            return response.status() == 404 ? Optional.<JsonObject>empty() : Optional.of(response.expect(200).json());
        }, Optional::empty).orElseThrow(() -> new DemoFailure("no outreach record within "
                + EFFECT_TIMEOUT.toSeconds() + " s (GET " + path + ")"));
        Duration after = Duration.between(issued.seenAt(), Instant.parse(text(outreach, "createdAt")));
        if (after.compareTo(OUTREACH_WITHIN) > 0) {
            throw new DemoFailure("the outreach record came " + after.toMillis() + " ms after " + ISSUED
                    + ", more than " + OUTREACH_WITHIN.toMillis() + " ms");
        }
        return List.of("GET " + path + " (caseworker) → outreach for county " + text(outreach, "county"),
                "caused by " + issued + " (+" + Math.max(0, after.toMillis()) + " ms, within "
                        + OUTREACH_WITHIN.toMillis() + " ms)");
    }

    private List<String> seekerRegistered() {
        JsonObject profile = new JsonObject();
        profile.add("skills", strings("客服", "打字"));
        profile.addProperty("education", "SENIOR_SECONDARY");
        profile.add("workForms", strings("FULL_TIME", "HOME_BASED_ONLINE"));
        profile.addProperty("locationCounty", COUNTY);
        profile.add("accommodations", strings("STEP_FREE_ACCESS"));
        profile.add("consent", strings("MATCHING", "EMPLOYER_VIEW"));
        String path = EMPLOYMENT + "/seekers/" + personId;
        Instant sent = Instant.now();
        JsonObject seeker = api.post(path, tokens.caseworker(), profile).expect(201).json();
        expectField(seeker, "active", "true");
        Observed registered = tap.await(SEEKER_REGISTERED, personId, EFFECT_TIMEOUT);
        Observed consent = tap.await(CONSENT_CHANGED, personId, EFFECT_TIMEOUT);
        return List.of("POST " + path + " (caseworker, with the person) → 201: needs step-free access; wants "
                        + "full-time or online work; consent " + seeker.get("consentScopes") + " at "
                        + text(seeker, "consentChangedAt"),
                "events " + registered + ", " + consent + after(sent, consent));
    }

    private List<String> matchExplained() {
        JsonObject employer = new JsonObject();
        employer.addProperty("creditCode", DEMO_EMPLOYER);
        employer.addProperty("name", "上城区助残云客服中心 (demo)");
        employer.addProperty("county", COUNTY);
        employer.addProperty("headcount", 120);
        int registered = api.post(EMPLOYMENT + "/employers", tokens.caseworker(), employer).status();
        if (registered != 201 && registered != 409) {
            throw new DemoFailure("registering the demo employer answered " + registered);
        }
        onlineJob = addJob("云客服 (demo)", true, "HOME_BASED_ONLINE", 450_000, strings("STEP_FREE_ACCESS",
                "SCREEN_READER_TOOLS", "FLEXIBLE_HOURS"), strings("客服"));
        stairsJob = addJob("仓库理货 (demo)", false, "FULL_TIME", 600_000, new JsonArray(), strings("打字"));
        String path = EMPLOYMENT + "/seekers/" + personId + "/matches?limit=100";
        JsonArray matches = api.get(path, tokens.caseworker()).expect(200).jsonElement().getAsJsonArray();
        JsonObject match = null;
        for (JsonElement m : matches) {
            String job = text(m.getAsJsonObject(), "jobId");
            if (job.equals(stairsJob)) {
                throw new DemoFailure("a job without step-free access was matched to a person who needs it");
            }
            match = job.equals(onlineJob) ? m.getAsJsonObject() : match;
        }
        if (match == null) {
            throw new DemoFailure("the accessible online job is not among the matches: " + Api.abbreviate(matches.toString()));
        }
        List<String> lines = new ArrayList<>();
        lines.add("employer " + DEMO_EMPLOYER + " (employer.shangcheng's organisation) posts 云客服 (remote, step-free) "
                + "and 仓库理货 (no step-free access)");
        lines.add("GET " + path + " (caseworker) → 云客服 scores " + text(match, "score") + ":");
        int sum = 0;
        for (JsonElement f : match.getAsJsonArray("explanation")) {
            JsonObject factor = f.getAsJsonObject();
            sum += factor.get("points").getAsInt();
            lines.add(String.format("  %+4d %s: %s", factor.get("points").getAsInt(), text(factor, "name"),
                    text(factor, "reason")));
        }
        if (sum != match.get("score").getAsInt()) {
            throw new DemoFailure("the explanation adds up to " + sum + ", not to the score " + text(match, "score"));
        }
        lines.add("仓库理货 is not proposed: it lacks step-free access (a hard constraint)");
        return lines;
    }

    private List<String> placed() {
        JsonObject proposal = new JsonObject();
        proposal.addProperty("personId", personId);
        JsonObject referral = api.post(EMPLOYMENT + "/jobs/" + onlineJob + "/referrals", tokens.caseworker(), proposal)
                .expect(201).json();
        String id = text(referral, "id");
        Observed proposed = tap.await(MATCH_PROPOSED, personId, EFFECT_TIMEOUT);
        api.post(EMPLOYMENT + "/seekers/" + personId + "/referrals/" + id + "/accept", tokens.caseworker(),
                new JsonObject()).expect(200);
        api.post(EMPLOYMENT + "/employers/me/referrals/" + id + "/interview", tokens.employer(), new JsonObject())
                .expect(200);
        JsonObject hire = new JsonObject();
        LocalDate start = LocalDate.now(ZONE).plusDays(7);
        hire.addProperty("startDate", start.toString());
        hire.addProperty("monthlyWageFen", 450_000);
        Instant sent = Instant.now();
        api.post(EMPLOYMENT + "/employers/me/referrals/" + id + "/hire", tokens.employer(), hire).expect(201);
        Observed placement = tap.await(SEEKER_PLACED, personId, EFFECT_TIMEOUT);
        if (!start.toString().equals(text(placement.payload(), "startDate"))) {
            throw new DemoFailure("the placement event says start " + text(placement.payload(), "startDate"));
        }
        closeJob(onlineJob, "云客服 (demo)", true, "HOME_BASED_ONLINE", 450_000, strings("STEP_FREE_ACCESS",
                "SCREEN_READER_TOOLS", "FLEXIBLE_HOURS"), strings("客服"));
        closeJob(stairsJob, "仓库理货 (demo)", false, "FULL_TIME", 600_000, new JsonArray(), strings("打字"));
        return List.of("referral " + id + " (score " + text(referral, "score") + "): " + proposed,
                "accepted with the caseworker, interviewed and hired by employer.shangcheng, start " + start
                        + ", 4500.00 元 a month",
                "event " + placement + after(sent, placement)
                        + ": civil affairs disregards this income for 3 years from the start date");
    }

    private String addJob(String title, boolean remote, String form, long wageFen, JsonArray accessibility,
            JsonArray skills) {
        return text(api.post(EMPLOYMENT + "/employers/me/jobs", tokens.employer(),
                job(title, remote, form, wageFen, accessibility, skills, true)).expect(201).json(), "id");
    }

    /** Filled or withdrawn: closed, so the next run's matches are its own. */
    private void closeJob(String id, String title, boolean remote, String form, long wageFen, JsonArray accessibility,
            JsonArray skills) {
        api.put(EMPLOYMENT + "/employers/me/jobs/" + id, tokens.employer(),
                job(title, remote, form, wageFen, accessibility, skills, false)).expect(200);
    }

    private static JsonObject job(String title, boolean remote, String form, long wageFen, JsonArray accessibility,
            JsonArray skills, boolean open) {
        JsonObject job = new JsonObject();
        job.addProperty("title", title);
        job.addProperty("description", title);
        job.add("requiredSkills", skills);
        job.addProperty("minimumEducation", "JUNIOR_SECONDARY");
        job.addProperty("workForm", form);
        job.addProperty("monthlyWageFen", wageFen);
        job.addProperty("county", COUNTY);
        job.addProperty("remote", remote);
        job.add("accessibility", accessibility);
        job.add("suitedCategories", strings("PHYSICAL"));
        job.addProperty("open", open);
        return job;
    }

    private static JsonArray strings(String... values) {
        JsonArray array = new JsonArray();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }

    private List<String> needOpened() {
        Observed opened = tap.await(NEED_OPENED, personId, EFFECT_TIMEOUT);
        Duration took = Duration.between(issued.seenAt(), opened.seenAt());
        if (took.compareTo(NEED_OPENING_TARGET) > 0) {
            throw new DemoFailure("the need was opened " + took.toMillis() + " ms after the certificate, target "
                    + NEED_OPENING_TARGET.toMillis() + " ms");
        }
        String path = NEEDS + "/" + text(opened.payload(), "needId");
        JsonObject need = api.get(path, tokens.caseworker()).expect(200).json();
        expectField(need, "status", "OPEN");
        return List.of("GET " + path + " (caseworker) → OPEN, " + text(need, "category") + " " + text(need, "grade")
                        + ", opened on " + text(need, "openedOn") + ": nobody applied",
                "caused by " + issued + " → " + opened + after(issued.seenAt(), opened));
    }

    private List<String> deviceFitted() {
        JsonObject order = new JsonObject();
        order.addProperty("personId", personId);
        order.addProperty("deviceCode", "WHEELCHAIR-MANUAL");
        order.addProperty("model", "轻型铝合金轮椅 (a better model than the basic one)");
        order.addProperty("priceFen", 125_050);
        JsonObject fitting = api.post(FITTINGS, tokens.caseworker(), order).expect(201).json();
        String path = FITTINGS + "/" + text(fitting, "id") + "/fitted";
        Instant sent = Instant.now();
        JsonObject fitted = api.post(path, tokens.caseworker(), new JsonObject()).expect(200).json();
        expectField(fitted, "status", "FITTED");
        Observed event = tap.await(DEVICE_FITTED, personId, EFFECT_TIMEOUT);
        long subsidy = event.payload().get("subsidyFen").getAsLong();
        long topUp = event.payload().get("personalTopUpFen").getAsLong();
        if (subsidy + topUp != 125_050) {
            throw new DemoFailure("subsidy " + subsidy + " + top-up " + topUp + " fen is not the price 125050 fen");
        }
        return List.of("POST " + FITTINGS + " {WHEELCHAIR-MANUAL, price 1250.50 元} → 201; POST " + path + " → FITTED",
                "basic subsidy " + yuan(subsidy) + " 元 (catalogue, policy data) + personal top-up " + yuan(topUp) + " 元",
                "event " + event + after(sent, event));
    }

    private List<String> civilAffairsReceives() {
        List<Observed> granted = tap.awaitAll(ALLOWANCE_CHANGED, personId, 2, EFFECT_TIMEOUT);
        return List.of("2× " + ALLOWANCE_CHANGED + " (GRANTED, by certificate number, no reason) read from "
                        + SUBSIDY_CIVIL_AFFAIRS_TOPIC + " by a consumer outside the platform (this demo),",
                "keyed by person " + personId + ", allowances " + granted.stream()
                        .map(o -> text(o.payload(), "allowance")).toList());
    }

    private List<String> paymentRun() {
        JsonObject run = startRun();
        List<JsonObject> payments = paymentsIn(awaitCase("one payment per entitlement for " + firstMonth,
                c -> paymentsIn(c, firstMonth).size() >= 2), firstMonth);
        List<Observed> instructed = tap.awaitAll(PAYMENT_INSTRUCTED, personId, 2, EFFECT_TIMEOUT);
        if (payments.size() != 2) {
            throw new DemoFailure("expected 2 payment instructions for " + firstMonth + ", found " + payments.size());
        }
        List<String> lines = new ArrayList<>();
        lines.add("POST " + PAYMENT_RUNS + "/early {month: " + firstMonth + "} (operator), approved by operator2 → run "
                + text(run, "status")
                + ", " + text(run, "instructed") + " instruction(s) in the whole province");
        payments.forEach(p -> lines.add(text(p, "allowance") + " " + firstMonth + ": " + yuan(p.get("amountFen").getAsLong())
                + " 元, " + text(p, "status")));
        lines.add("events 2× " + instructed.getFirst() + ", sent to civil affairs for payment");
        return lines;
    }

    private List<String> paymentRunAgain() {
        startRun();
        List<JsonObject> payments = paymentsIn(subsidyCase(), firstMonth);
        long events = tap.count(PAYMENT_INSTRUCTED, personId);
        if (payments.size() != 2 || events != 2) {
            throw new DemoFailure("after a second run of " + firstMonth + ": " + payments.size()
                    + " instructions and " + events + " " + PAYMENT_INSTRUCTED + " events for the person, expected 2 and 2");
        }
        return List.of("the run of " + firstMonth + " requested and approved again → still 2 instructions, no new "
                + PAYMENT_INSTRUCTED + " (unique entitlement + month)");
    }

    private List<String> deathReported() {
        JsonObject fact = new JsonObject();
        fact.addProperty("factId", "demo-" + UUID.randomUUID());
        fact.addProperty("idNumber", person.idNumber());
        fact.addProperty("dateOfDeath", LocalDate.now(ZONE).toString());
        Instant sent = Instant.now();
        api.post(DEATH_FACTS, tokens.civilAffairs(), fact).expect(202);
        Observed event = tap.await(DEATH_REGISTERED, person.idNumber(), EFFECT_TIMEOUT);
        return List.of("POST " + DEATH_FACTS + " {dateOfDeath: " + LocalDate.now(ZONE) + "} → 202",
                "event " + event + after(sent, event));
    }

    private List<String> paymentsStopped() {
        Observed death = tap.await(DEATH_REGISTERED, person.idNumber(), EFFECT_TIMEOUT);
        JsonObject subsidyCase = awaitCase("both allowances terminated and the overpayment raised",
                c -> openEntitlements(c).isEmpty() && !array(c, "overpayments").isEmpty());
        List<Observed> terminated = tap.awaitAll(TERMINATED, personId, 2, EFFECT_TIMEOUT);
        Observed overpayment = tap.await(OVERPAYMENT_RAISED, personId, EFFECT_TIMEOUT);
        long overpaid = 0;
        for (JsonElement o : array(subsidyCase, "overpayments")) {
            overpaid += o.getAsJsonObject().get("amountFen").getAsLong();
        }
        List<String> lines = new ArrayList<>();
        for (JsonElement e : array(subsidyCase, "entitlements")) {
            JsonObject entitlement = e.getAsJsonObject();
            lines.add(text(entitlement, "allowance") + ": " + text(entitlement, "status") + ", last payable month "
                    + text(entitlement, "endMonth"));
        }
        lines.add("overpayment to recover: " + yuan(overpaid) + " 元 (the " + firstMonth + " payments, instructed before the death was known)");
        lines.add("caused by " + death + " → 2× " + terminated.getFirst() + ", " + overpayment
                + after(death.seenAt(), overpayment));
        return lines;
    }

    private List<String> certificateCancelled() {
        Observed death = tap.await(DEATH_REGISTERED, person.idNumber(), EFFECT_TIMEOUT);
        Observed cancelled = tap.await(CANCELLED, personId, EFFECT_TIMEOUT);
        String path = CERTIFICATES + "/" + certificateId;
        JsonObject certificate = api.get(path, tokens.caseworker()).expect(200).json();
        expectField(certificate, "status", "CANCELLED");
        return List.of("GET " + path + " → CANCELLED, reason " + text(certificate, "cancellationReason")
                        + ", from " + text(certificate, "cancelledOn"),
                "caused by " + death + " → " + cancelled + after(death.seenAt(), cancelled));
    }

    /** The profile service's file of the person, once it holds the last event of the flow (the cancellation). */
    private List<String> personFile() {
        String path = PERSON_FILES + "/" + personId + "/timeline";
        Optional<JsonArray> timeline = Poll.until(EFFECT_TIMEOUT, Duration.ofMillis(50), () -> {
            Api.Response response = api.get(path, tokens.caseworker());
            if (response.status() == 404) {
                return Optional.empty();
            }
            JsonArray entries = array(response.expect(200).json(), "timeline");
            for (JsonElement e : entries) {
                if (CANCELLED.equals(text(e.getAsJsonObject(), "type"))) {
                    return Optional.of(entries);
                }
            }
            return Optional.empty();
        }, Optional::empty);
        JsonArray entries = timeline.orElseThrow(() -> new DemoFailure("the person's file did not show the cancellation"
                + " within " + EFFECT_TIMEOUT.toSeconds() + " s (GET " + path + ")"));
        List<String> lines = new ArrayList<>();
        lines.add("GET " + path + " → " + entries.size() + " events (caseworker of " + COUNTY + ", audited)");
        for (JsonElement e : entries) {
            JsonObject entry = e.getAsJsonObject();
            String why = (text(entry, "reason") + " " + text(entry, "rules")).trim();
            lines.add("  " + text(entry, "occurredAt") + "  " + text(entry, "type").replace("io.zhucan.", "")
                    + (why.isEmpty() ? "" : "  — " + why));
        }
        return lines;
    }

    private List<String> countyIndicators() {
        String month = YearMonth.now(ZONE).toString();
        String path = INDICATORS + "?region=" + COUNTY + "&month=" + month;
        JsonArray report = api.get(path, tokens.analyst()).expect(200).jsonElement().getAsJsonArray();
        List<String> lines = new ArrayList<>();
        lines.add("GET " + path + " → " + report.size() + " indicators (analyst.shangcheng)");
        for (JsonElement r : report) {
            JsonObject definition = r.getAsJsonObject().getAsJsonObject("definition");
            JsonObject cell = r.getAsJsonObject().getAsJsonObject("drilldown").getAsJsonObject("region");
            String value = cell.get("suppressed").getAsBoolean() ? "suppressed (fewer than 5 persons)"
                    : text(cell, "value") + ("days".equals(text(definition, "unit")) ? " days" : " %")
                            + " (" + text(cell, "numerator") + "/" + text(cell, "denominator") + ")";
            lines.add("  " + text(definition, "title") + " " + text(definition, "id") + ": " + value);
        }
        return lines;
    }

    // ------------------------------------------------------------------ helpers

    private record Tokens(String caseworker, String assessor, String reviewer, String operator, String secondOperator,
            String employer, String analyst, String civilAffairs) {
    }

    /**
     * Runs the first payable month (next month: paid in advance) and waits until it is completed: one
     * province operator requests it ahead of its 1st, a second one approves it (maker-checker).
     */
    private JsonObject startRun() {
        JsonObject body = new JsonObject();
        body.addProperty("month", firstMonth.toString());
        body.addProperty("reason", "demo: paid in advance");
        String request = text(api.post(PAYMENT_RUNS + "/early", tokens.operator(), body).expect(201).json(), "id");
        api.post(APPROVALS + "/" + request + "/approve", tokens.secondOperator(), new JsonObject()).expect(200);
        String path = PAYMENT_RUNS + "/" + firstMonth;
        Optional<JsonObject> done = Poll.until(EFFECT_TIMEOUT, Duration.ofMillis(100), () -> {
            JsonObject run = api.get(path, tokens.operator()).expect(200).json();
            if ("FAILED".equals(text(run, "status"))) {
                throw new DemoFailure("the payment run of " + firstMonth + " failed: " + text(run, "lastError"));
            }
            return "COMPLETED".equals(text(run, "status")) ? Optional.of(run) : Optional.empty();
        }, Optional::empty);
        return done.orElseThrow(() -> new DemoFailure("the payment run of " + firstMonth + " did not complete within "
                + EFFECT_TIMEOUT.toSeconds() + " s (GET " + path + ")"));
    }

    private JsonObject subsidyCase() {
        return api.get(SUBSIDY_CASE + "/" + personId, tokens.caseworker()).expect(200).json();
    }

    /** Polls the person's subsidy case until {@code condition} holds; 404 means subsidy has not seen the person yet. */
    private JsonObject awaitCase(String what, Predicate<JsonObject> condition) {
        String path = SUBSIDY_CASE + "/" + personId;
        Optional<JsonObject> found = Poll.until(EFFECT_TIMEOUT, Duration.ofMillis(50), () -> {
            Api.Response response = api.get(path, tokens.caseworker());
            if (response.status() == 404) {
                return Optional.empty();
            }
            JsonObject subsidyCase = response.expect(200).json();
            return condition.test(subsidyCase) ? Optional.of(subsidyCase) : Optional.empty();
        }, Optional::empty);
        return found.orElseThrow(() -> new DemoFailure("not within " + EFFECT_TIMEOUT.toSeconds() + " s: " + what
                + " (GET " + path + ": " + Api.abbreviate(api.get(path, tokens.caseworker()).body()) + ")"));
    }

    private static List<JsonObject> openEntitlements(JsonObject subsidyCase) {
        List<JsonObject> open = new ArrayList<>();
        for (JsonElement e : array(subsidyCase, "entitlements")) {
            String status = text(e.getAsJsonObject(), "status");
            if (status.equals("GRANTED") || status.equals("ACTIVE")) {
                open.add(e.getAsJsonObject());
            }
        }
        return open;
    }

    private static List<JsonObject> paymentsIn(JsonObject subsidyCase, YearMonth month) {
        List<JsonObject> payments = new ArrayList<>();
        for (JsonElement p : array(subsidyCase, "payments")) {
            if (month.toString().equals(text(p.getAsJsonObject(), "month"))) {
                payments.add(p.getAsJsonObject());
            }
        }
        return payments;
    }

    private static JsonArray array(JsonObject o, String member) {
        return o.has(member) && o.get(member).isJsonArray() ? o.getAsJsonArray(member) : new JsonArray();
    }

    private static String text(JsonObject o, String member) {
        return o.has(member) && !o.get(member).isJsonNull() ? o.get(member).getAsString() : "";
    }

    private static void expectField(JsonObject o, String member, String expected) {
        if (!expected.equals(text(o, member))) {
            throw new DemoFailure("expected " + member + " " + expected + ", got " + text(o, member) + ": " + Api.abbreviate(o.toString()));
        }
    }

    private static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    private static String after(Instant from, Observed event) {
        return " (+" + Math.max(0, Duration.between(from, event.seenAt()).toMillis()) + " ms)";
    }
}
