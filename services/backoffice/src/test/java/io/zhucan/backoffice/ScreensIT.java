package io.zhucan.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The screens rendered by the running app for a signed-in user (the session as the login leaves it:
 * the OIDC user and their access token), against a stand-in for the gateway that answers as the
 * services do and records what it was sent: forms and their errors, the bodies sent, a service's
 * refusal at its field. The real services and Keycloak: infra/e2e's BackofficeBrowserIT.
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=io.zhucan.platform.security.servlet.ServletSecurityAutoConfiguration",
        "zhucan.backoffice.issuer-uri=http://localhost:18180/realms/zhucan"})
class ScreensIT {

    /** The gateway's stand-in: path → (status, JSON); every request's method, path and body recorded. */
    private static final Map<String, Map.Entry<Integer, String>> ANSWERS = new ConcurrentHashMap<>();
    private static final List<String> RECEIVED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final HttpServer GATEWAY = gateway();

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(exchange.getRequestMethod() + " " + path + " " + body);
                var answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
                        Map.entry(404, "{\"title\":\"Not Found\",\"detail\":\"no such thing\"}"));
                byte[] json = answer.getValue().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        answer.getKey() >= 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(answer.getKey(), json.length);
                exchange.getResponseBody().write(json);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void gatewayUri(DynamicPropertyRegistry registry) {
        registry.add("zhucan.backoffice.gateway-uri", () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort());
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.stop(0);
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    ClientRegistrationRepository registrations;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        ANSWERS.clear();
        RECEIVED.clear();
    }

    private static final String PERSON = "33010600-0000-4000-8000-000000000009";

    @Test
    void theEmploymentQueueRegistersASeekerWithTheFieldsItNeeds() throws Exception {
        MockHttpSession session = signedIn("caseworker.xihu", "330106", "caseworker");
        answer("GET /api/employment/outreach", 200, "[{\"id\":\"" + PERSON.replace('9', '1') + "\",\"personId\":\"" + PERSON
                + "\",\"county\":\"330106\",\"certificateId\":\"" + PERSON.replace('9', '2') + "\",\"createdAt\":\""
                + Instant.parse("2026-12-01T02:00:00Z") + "\"}]");
        assertThat(page(session, "/employment")).contains("就业工作队列", "西湖区", "2026-12-01 10:00",
                "/employment/seekers/" + PERSON + "/registration");

        String form = page(session, "/employment/seekers/" + PERSON + "/registration");
        assertThat(form).contains("求职登记", "for=\"workForms\"", "value=\"HOME_BASED_ONLINE\"",
                "<option value=\"330106\" selected=\"selected\">西湖区</option>");

        String errors = send(session, form, "/employment/seekers/" + PERSON + "/registration", Map.of()).getResponse()
                .getContentAsString();
        assertThat(errors).contains("请更正以下问题", "href=\"#education\"", "请选择文化程度", "请至少选择一种就业形式",
                "id=\"education-error\"", "aria-describedby=\"education-error\"");
        assertThat(RECEIVED).noneMatch(r -> r.startsWith("POST"));

        answer("POST /api/employment/seekers/" + PERSON, 201, "{}");
        MvcResult done = send(session, form, "/employment/seekers/" + PERSON + "/registration", Map.of(
                "skills", "客服, 电商", "education", "VOCATIONAL", "workForms", "HOME_BASED_ONLINE",
                "locationCounty", "330106", "consent", "MATCHING"));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/employment");
        assertThat(RECEIVED).anySatisfy(r -> assertThat(r).startsWith("POST /api/employment/seekers/" + PERSON)
                .contains("\"skills\":[\"客服\",\"电商\"]", "\"education\":\"VOCATIONAL\"", "\"consent\":[\"MATCHING\"]"));
    }

    @Test
    void aServicesRuleAboutAFieldStandsAtThatField() throws Exception {
        MockHttpSession session = signedIn("caseworker.xihu", "330106", "caseworker");
        answerPerson("\"certificate\":{\"id\":\"" + PERSON.replace('9', '3') + "\",\"number\":\"33010619790312617641\","
                + "\"category\":\"PHYSICAL\",\"grade\":\"GRADE_1\",\"status\":\"VALID\",\"validUntil\":\"2036-11-30\"}");
        String form = page(session, "/persons/" + PERSON + "/actions/transfer");
        assertThat(form).contains("证件迁移", "王小明", "33010619790312617641");

        answer("POST /api/certification/certificates/" + PERSON.replace('9', '3') + "/transfer", 422,
                "{\"title\":\"Rule violated\",\"detail\":\"the certificate is already registered in that county\",\"rule\":\"transfer\"}");
        String refused = send(session, form, "/persons/" + PERSON + "/actions/transfer", Map.of("toCounty", "330106"))
                .getResponse().getContentAsString();
        Matcher error = Pattern.compile("id=\"toCounty-error\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(refused);
        assertThat(error.find()).as(refused).isTrue();
        assertThat(error.group(1)).contains("the certificate is already registered in that county (transfer)");
        assertThat(refused).contains("href=\"#toCounty\"").doesNotContain("id=\"refusal-detail\"");
    }

    @Test
    void aPersonsFileNamesTheirTownshipWhereCertificationKnowsIt() throws Exception {
        MockHttpSession session = signedIn("caseworker.xixi", "330106004", "caseworker");
        answerPerson("\"householdTownship\":\"330106004\",\"certificate\":null");

        assertThat(page(session, "/persons/" + PERSON)).contains("王小明", "西湖区 · 西溪街道");
    }

    @Test
    void anOperatorReplaysAParkedRecordOfAService() throws Exception {
        MockHttpSession session = signedIn("operator", "330000", "operator");
        String id = PERSON.replace('9', '4');
        answer("GET /api/subsidies/admin/dead-letters", 200, "[{\"id\":\"" + id + "\",\"consumer\":\"subsidy\","
                + "\"originalTopic\":\"zhucan.certification.events\",\"originalPartition\":2,\"originalOffset\":17,"
                + "\"keyHash\":\"ab12\",\"eventType\":null,\"eventId\":null,\"reason\":\"not a CloudEvent\","
                + "\"status\":\"PARKED\",\"parkedAt\":\"2026-12-01T02:00:00Z\",\"resolvedBy\":null,\"resolvedAt\":null}]");
        String list = page(session, "/dead-letters?service=subsidy");
        assertThat(list).contains("补贴服务", "zhucan.certification.events / 2 @ 17", "not a CloudEvent",
                "（无法识别的类型）", "待处理", "aria-current=\"page\"");

        answer("POST /api/subsidies/admin/dead-letters/" + id + "/replay", 202, "{\"replayed\":[\"" + id + "\"]}");
        MvcResult replayed = send(session, list, "/dead-letters/subsidy/" + id + "/replay", Map.of());
        assertThat(replayed.getResponse().getRedirectedUrl()).isEqualTo("/dead-letters?service=subsidy");
        assertThat(replayed.getFlashMap().get("replayed")).isEqualTo(1);
    }

    @Test
    void theRehabilitationQueueShowsARefusedPartAndTheRestOfThePage() throws Exception {
        MockHttpSession session = signedIn("rehab.xihu", "330106", "rehab-professional");
        answer("GET /api/rehabilitation/needs", 200, "[]");
        answer("GET /api/rehabilitation/fittings/overdue-rentals", 403,
                "{\"title\":\"Forbidden\",\"detail\":\"Your role does not allow this request.\"}");
        assertThat(page(session, "/rehabilitation")).contains("康复工作队列", "没有此状态的康复需求",
                "Your role does not allow this request.");
    }

    @Test
    void aReviewerDecidesAnExceptionCaseWithTheOverrideOfItsAllowance() throws Exception {
        MockHttpSession session = signedIn("reviewer.xihu", "330106", "reviewer");
        answer("GET /api/subsidies/exceptions", 200, "[{\"id\":\"" + PERSON.replace('9', '5') + "\",\"personId\":\""
                + PERSON + "\",\"allowance\":\"LIVING\",\"kind\":\"UNDECIDABLE\",\"county\":\"330106\","
                + "\"detail\":\"missing facts: POLICY.AMOUNT.LIVING\",\"openedAt\":\"2026-12-01T02:00:00Z\"}]");
        String queue = page(session, "/exceptions");
        assertThat(queue).contains("无法判定", "困难残疾人生活补贴", "missing facts: POLICY.AMOUNT.LIVING",
                "href=\"/persons/" + PERSON + "/actions/override?allowance=LIVING\"");

        answerPerson("\"certificate\":null");
        String override = page(session, "/persons/" + PERSON + "/actions/override?allowance=LIVING");
        assertThat(override).contains("人工认定补贴", "<option value=\"LIVING\" selected=\"selected\">");

        answer("POST /api/subsidies/persons/" + PERSON + "/allowances/LIVING/override", 422, "{\"title\":\"Rule violated\","
                + "\"detail\":\"the policy has no amount for this county and grade: give monthlyAmountFen\","
                + "\"rule\":\"override-amount\"}");
        String refused = send(session, override, "/persons/" + PERSON + "/actions/override", Map.of("allowance", "LIVING",
                "overrideAction", "GRANT", "reason", "低保边缘，县民政局函")).getResponse().getContentAsString();
        assertThat(refused).contains("id=\"monthlyAmount-error\"", "give monthlyAmountFen (override-amount)");

        answer("POST /api/subsidies/persons/" + PERSON + "/allowances/LIVING/override", 202, "{\"id\":\"x\"}");
        MvcResult waiting = send(session, override, "/persons/" + PERSON + "/actions/override", Map.of("allowance", "LIVING",
                "overrideAction", "GRANT", "reason", "低保边缘，县民政局函", "monthlyAmount", "300.50"));
        assertThat(waiting.getResponse().getRedirectedUrl()).isEqualTo("/persons/" + PERSON);
        assertThat(waiting.getFlashMap().get("actionDone")).isEqualTo("action.override.accepted");
        assertThat(RECEIVED).anySatisfy(r -> assertThat(r).contains("\"monthlyAmountFen\":30050", "\"action\":\"GRANT\""));
    }

    @Test
    void aCaseworkerRecordsTheCitizensSignedDecliningOfAnAllowance() throws Exception {
        MockHttpSession session = signedIn("caseworker.xihu", "330106", "caseworker");
        answerPerson("\"certificate\":null");
        String form = page(session, "/persons/" + PERSON + "/actions/decline");
        assertThat(form).contains("代为登记放弃补贴", "id=\"declaration\"");

        String empty = send(session, form, "/persons/" + PERSON + "/actions/decline", Map.of("allowance", "NURSING"))
                .getResponse().getContentAsString();
        assertThat(empty).contains("id=\"declaration-error\"", "请输入放弃声明编号");

        answer("POST /api/subsidies/persons/" + PERSON + "/allowances/NURSING/decline", 200, "{}");
        MvcResult done = send(session, form, "/persons/" + PERSON + "/actions/decline", Map.of("allowance", "NURSING",
                "declaration", "SM-2026-0042"));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/persons/" + PERSON);
        assertThat(done.getFlashMap().get("actionDone")).isEqualTo("action.decline.done");
        assertThat(RECEIVED).anySatisfy(r -> assertThat(r).contains("/allowances/NURSING/decline",
                "\"declaration\":\"SM-2026-0042\""));
    }

    @Test
    void theCertificationRulesShowWhatHoldsWhereWithEveryCountyNamed() throws Exception {
        MockHttpSession session = signedIn("caseworker.xihu", "330106", "caseworker");
        answer("GET /api/certification/rules", 200, """
                [{"version":3,"region":"331121","effectiveFrom":"2027-01-01","validity":[{"minAge":0,"maxAge":200,
                  "category":null,"validYears":6,"renewalWindowDays":60,"note":"county"}],"stepDays":null,
                  "createdBy":"operator.lishui","createdAt":"2026-12-01T02:00:00Z","reason":"青田: 6 years"},
                 {"version":2,"region":"331100","effectiveFrom":"2027-01-01","validity":[],
                  "stepDays":{"assessment":15,"review":8},"createdBy":"operator","createdAt":"2026-12-01T01:00:00Z",
                  "reason":"丽水: 15 working days"}]""");

        String rules = page(session, "/rules");

        assertThat(rules).contains("残疾人证认证规则", "青田县", "丽水市", "0–200 岁 · 各类别：6 年，到期前 60 天可换领",
                "评定 15 个工作日，审核 8 个工作日", "沿用上级规定", "operator.lishui", "青田: 6 years");
    }

    @Test
    void anOperatorApprovesAPolicyChangeFromItsImpactPreview() throws Exception {
        MockHttpSession session = signedIn("operator2", "330000", "operator");
        String proposal = "7d1f3c8e-2b4a-4c6d-9e0f-1a2b3c4d5e6f";
        answer("GET /api/subsidies/approvals", 200, "[{\"id\":\"" + proposal + "\",\"kind\":\"policy-change\","
                + "\"region\":\"330000\",\"summary\":\"policy change effective 2027-01-01\",\"reason\":\"护理补贴扩围\","
                + "\"requestedBy\":\"operator\",\"requestedAt\":\"2026-12-01T02:00:00Z\",\"status\":\"PENDING\"}]");
        assertThat(page(session, "/approvals")).contains("查看影响预览后复核", "/approvals/" + proposal + "/preview")
                .doesNotContain("id=\"approve-1\"");

        answer("GET /api/subsidies/policy/proposals/" + proposal + "/preview", 404, "{\"title\":\"Not found\"}");
        assertThat(page(session, "/approvals/" + proposal + "/preview")).contains("尚未运行影响预览", "id=\"run-preview\"")
                .doesNotContain("approve-with-preview");

        String previewId = "3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d";
        answer("POST /api/subsidies/policy/proposals/" + proposal + "/preview", 200, "{}");
        answer("GET /api/subsidies/policy/proposals/" + proposal + "/preview", 200, "{\"previewId\":\"" + previewId
                + "\",\"proposalId\":\"" + proposal + "\",\"baseVersion\":3,\"computedBy\":\"operator2\","
                + "\"computedAt\":\"2026-12-01T03:00:00Z\",\"millis\":58500,\"persons\":1200000,"
                + "\"province\":{\"region\":\"330000\",\"name\":\"浙江省\",\"gained\":85714,\"lost\":15176,"
                + "\"changed\":300000,\"monthlyCostChangeFen\":1054550000},\"cities\":[{\"region\":\"331100\","
                + "\"name\":\"丽水市\",\"gained\":12,\"lost\":0,\"changed\":40,\"monthlyCostChangeFen\":180000}],"
                + "\"counties\":[{\"region\":\"331121\",\"name\":\"青田县\",\"gained\":5,\"lost\":0,"
                + "\"changed\":9,\"monthlyCostChangeFen\":75000}]}");
        String empty = page(session, "/approvals/" + proposal + "/preview");
        MvcResult ran = send(session, empty, "/approvals/" + proposal + "/preview", Map.of());
        assertThat(ran.getResponse().getRedirectedUrl()).isEqualTo("/approvals/" + proposal + "/preview");

        String preview = page(session, "/approvals/" + proposal + "/preview");
        assertThat(preview).contains("试算 1,200,000 名持证人", "丽水市", "青田县", "85714", "10,545,500.00",
                "name=\"previewId\" value=\"" + previewId + "\"");
        answer("POST /api/subsidies/approvals/" + proposal + "/approve", 200, "{}");
        MvcResult approved = send(session, preview, "/approvals/" + proposal + "/approve", Map.of("previewId", previewId));
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/approvals");
        assertThat(RECEIVED).anySatisfy(r -> assertThat(r).contains("/approvals/" + proposal + "/approve",
                "\"previewId\":\"" + previewId + "\""));
    }

    private static void answer(String request, int status, String json) {
        ANSWERS.put(request, Map.entry(status, json));
    }

    /** Certification's answer for the test person 王小明 of 西湖区; {@code more}: the rest of the JSON (certificate, township). */
    private static void answerPerson(String more) {
        answer("GET /api/certification/persons/" + PERSON, 200, "{\"personId\":\"" + PERSON + "\",\"name\":\"王小明\","
                + "\"idNumber\":\"330106********6176\",\"birthDate\":\"1979-03-12\",\"sex\":\"MALE\","
                + "\"householdCounty\":\"330106\"," + more + "}");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + "\n" + result.getResponse().getContentAsString())
                .isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        assertThat(html).as("every label from the bundles").doesNotContain("??");
        return html;
    }

    /** Posts a form as the browser would: with the page's CSRF token. */
    private MvcResult send(MockHttpSession session, String page, String path, Map<String, String> fields)
            throws Exception {
        Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        var request = post(path).session(session).param("_csrf", token.group(1));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    /** The session as the login leaves it: the OIDC user with their realm roles, and their access token. */
    private MockHttpSession signedIn(String username, String region, String... roles) {
        Instant now = Instant.now();
        var idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", username, "preferred_username", username, "region", region));
        var authorities = Set.of(roles).stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var user = new DefaultOidcUser(authorities, idToken, "preferred_username");
        var registration = registrations.findByRegistrationId("keycloak");
        var client = new OAuth2AuthorizedClient(registration, username,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now, now.plusSeconds(300)));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities, "keycloak")));
        session.setAttribute(HttpSessionOAuth2AuthorizedClientRepository.class.getName() + ".AUTHORIZED_CLIENTS",
                new ConcurrentHashMap<>(Map.of("keycloak", client)));
        return session;
    }
}
