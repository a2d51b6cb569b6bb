package io.zhucan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zhucan.platform.testing.TestInfrastructure;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The back office in a real browser against the real Keycloak and the real services, one flow: a
 * caseworker registers an application on someone's behalf (the ID number checked as it is typed), an
 * assessor records the assessment, the caseworker who is also a reviewer is refused the review (four
 * eyes: the page shows certification's reason), a second reviewer approves using the keyboard only, the
 * automatic nursing allowance and the timeline appear in the person file, the caseworker is refused a
 * renewal before its window and asks for a transfer (its missing county named first), the reviewer
 * suspends the certificate and is refused an override, opens the exception cases, the rehabilitation
 * professional assesses the new certificate's need, the province operator runs
 * the month and sees its progress and the policy versions, a second operator approves the first one's
 * early run (the first is refused their own request), the first then proposes a policy change and runs its impact
 * preview, the second approves it from the preview, and the first replays a record
 * certification parked, the province analyst opens the cockpit and
 * drills down. Every page
 * of the back office is checked with axe-core and saved as a screenshot (target/screenshots).
 */
@ExtendWith(E2eExtension.class)
class BackofficeBrowserIT {

    private static final String NAME = "王小明";

    private Browser browser;
    private String backoffice;
    private E2eEnvironment environment;

    @BeforeEach
    void startBrowser(E2eEnvironment environment) {
        assumeTrue(Browser.available(), "chromium and chromium-driver are not installed (.ci/run installs them)");
        this.environment = environment;
        backoffice = environment.backoffice();
        browser = new Browser(Path.of(System.getProperty("zhucan.e2e.screenshots", "target/screenshots")));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anApplicationFromRegistrationToPaymentAndTheCockpit() {
        String idNumber = newIdNumber("330106", "19790312");

        // 帮办: the caseworker (who is also a reviewer) registers; the ID number is checked while typed
        browser.login(backoffice, DemoUsers.CASEWORKER_REVIEWER_XIHU);
        assertThat(browser.lang()).isEqualTo("zh-CN");
        browser.check("home");
        browser.click(By.linkText("工作队列"));
        WebElement number = browser.waitFor(By.id("idNumber"));
        number.sendKeys(idNumber.substring(0, 15));
        browser.waitForText(By.id("idNumber-check"), "还需输入 3 位");
        number.sendKeys(wrongCheck(idNumber).substring(15));
        browser.waitForText(By.id("idNumber-check"), "号码无效");
        browser.screenshot("register-id-invalid");
        number.sendKeys(Keys.BACK_SPACE, idNumber.substring(17));
        browser.waitForText(By.id("idNumber-check"), "号码有效");
        browser.waitForText(By.id("idNumber-check"), "西湖区");
        browser.driver.findElement(By.id("name")).sendKeys(NAME);
        browser.check("register-filled");
        browser.click(By.cssSelector("form[action$='/queues/applications'] button[type=submit]"));
        browser.waitForText(By.className("govuk-notification-banner"), "已为" + NAME + "登记申请");
        browser.check("queues-registered");
        browser.logout();
        browser.check("signed-out");

        // 评定: the assessor; a form sent incomplete names each missing field
        browser.login(backoffice, DemoUsers.ASSESSOR_XIHU);
        browser.click(By.linkText("工作队列"));
        browser.click(By.partialLinkText("录入评定"));
        browser.waitFor(By.id("institution"));
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.waitFor(By.className("govuk-error-summary"));
        assertThat(browser.text()).contains("请输入评定机构", "请选择残疾类别", "请选择残疾等级");
        browser.check("assessment-errors");
        browser.driver.findElement(By.id("institution")).sendKeys("杭州市第一人民医院");
        browser.driver.findElement(By.cssSelector("#category option[value=PHYSICAL]")).click();
        browser.driver.findElement(By.id("grade")).click();
        browser.check("assessment-filled");
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.waitForText(By.className("govuk-notification-banner"), "已录入" + NAME + "的评定结果");
        browser.logout();

        // 审核, four eyes: the user who registered the application may not decide it, and is told why
        browser.login(backoffice, DemoUsers.CASEWORKER_REVIEWER_XIHU);
        browser.click(By.linkText("工作队列"));
        browser.click(By.partialLinkText("审核"));
        browser.click(By.id("approve"));
        browser.waitFor(By.className("govuk-error-summary"));
        assertThat(browser.driver.findElement(By.id("refusal-detail")).getText())
                .contains("may not be the user who registered the application");
        browser.check("review-refused-four-eyes");
        browser.logout();

        // 审核 by keyboard only: skip link, then Tab to the case and to 审核通过, Enter on each
        browser.login(backoffice, DemoUsers.REVIEWER_XIHU);
        browser.open(backoffice + "/queues");
        // the skip link is the page's first focusable element (the first Tab after the browser itself has focus)
        WebElement skip = browser.tabTo(By.className("govuk-skip-link"), 3);
        assertThat(skip.getText()).isEqualTo("跳到正文");
        assertThat(browser.focusIsVisible()).as("the skip link shows focus").isTrue();
        browser.press(Keys.ENTER);
        WebElement review = browser.tabTo(By.partialLinkText("审核"), 30);
        assertThat(browser.focusIsVisible()).as("a focused link shows it").isTrue();
        browser.screenshot("queues-keyboard-focus");
        review.sendKeys(Keys.ENTER);
        browser.waitFor(By.id("approve"));
        browser.check("review");
        browser.tabTo(By.id("approve"), 40);
        assertThat(browser.focusIsVisible()).as("the focused button shows it").isTrue();
        browser.press(Keys.ENTER);
        browser.waitForText(By.className("govuk-notification-banner"), NAME + "的申请：已通过");
        browser.logout();

        // 一人一档: the certificate, the automatic nursing allowance (grade 1) and the timeline
        browser.login(backoffice, DemoUsers.CASEWORKER_XIHU);
        browser.click(By.linkText("一人一档"));
        browser.waitFor(By.id("number")).sendKeys(idNumber);
        browser.check("persons-search");
        browser.click(By.cssSelector("main form button[type=submit]"));
        await("the allowance and the timeline in the person file").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    browser.driver.navigate().refresh();
                    String page = browser.text();
                    return page.contains("重度残疾人护理补贴") && page.contains("496.00 元") && page.contains("核发残疾人证");
                });
        assertThat(browser.text()).contains(NAME, "肢体残疾 一级", "西湖区", "类别：肢体残疾", "每月金额：496.00 元")
                .doesNotContain("applicationId");
        browser.check("person-file");
        browser.click(By.linkText("English"));
        browser.waitForText(By.tagName("h1"), "Person file");
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.text()).contains("Nursing allowance", "¥496.00", "Certificate issued");
        browser.check("person-file-en");
        browser.click(By.linkText("中文"));
        browser.waitForText(By.tagName("h1"), "一人一档");

        // the certificate's actions, by role: renewal refused before its window (certification's rule shown),
        // a transfer sent without its county names the field, then goes to the destination county
        String personFile = browser.driver.getCurrentUrl();
        browser.click(By.id("action-renew"));
        browser.check("action-renew");
        browser.click(By.id("confirm"));
        browser.waitForText(By.id("refusal-detail"), "can be renewed from");
        assertThat(browser.text()).contains("renewal-window");
        browser.check("action-renew-refused");
        browser.open(personFile);
        browser.click(By.id("action-transfer"));
        browser.click(By.id("confirm"));
        browser.waitForText(By.className("govuk-error-summary"), "请选择迁入地");
        browser.check("action-transfer-errors");
        browser.click(By.linkText("请选择迁入地"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("toCounty");
        browser.driver.findElement(By.cssSelector("#toCounty option[value='330102']")).click();
        browser.click(By.id("confirm"));
        browser.waitForText(By.className("govuk-notification-banner"), "已提交迁移申请，待迁入地接收");
        browser.logout();

        // the reviewer suspends with a reason; an override the service refuses shows its reason on the form
        browser.login(backoffice, DemoUsers.REVIEWER_XIHU);
        browser.open(personFile);
        browser.click(By.id("action-suspend"));
        browser.click(By.id("confirm"));
        browser.waitForText(By.className("govuk-error-summary"), "请输入理由");
        browser.driver.findElement(By.id("reason")).sendKeys("持证人长期出境，待核实");
        browser.check("action-suspend-filled");
        browser.click(By.id("confirm"));
        browser.waitForText(By.className("govuk-notification-banner"), "已暂停残疾人证");
        assertThat(browser.text()).contains("肢体残疾 一级 · 暂停");
        browser.check("person-file-suspended");
        browser.click(By.id("action-override"));
        browser.driver.findElement(By.cssSelector("#allowance option[value=NURSING]")).click();
        browser.driver.findElement(By.cssSelector("#overrideAction option[value=GRANT]")).click();
        browser.driver.findElement(By.id("reason")).sendKeys("复核人工认定");
        browser.click(By.id("confirm"));
        browser.waitForText(By.id("refusal-detail"), "already granted");
        browser.check("action-override-refused");

        // 补贴异常: the region's open exception cases (none here: every decision could be made)
        browser.click(By.linkText("补贴异常"));
        browser.waitForText(By.tagName("h1"), "补贴异常案件");
        assertThat(browser.text()).contains("没有待处理的异常案件");
        browser.check("exceptions");
        browser.logout();

        // 康复: the need opened for the new certificate, assessed by the region's rehabilitation professional
        browser.login(backoffice, DemoUsers.REHAB_XIHU);
        browser.click(By.linkText("康复"));
        await("the rehabilitation need of the new certificate").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    browser.driver.navigate().refresh();
                    return !browser.driver.findElements(By.id("assess-1")).isEmpty();
                });
        browser.check("rehabilitation");
        browser.click(By.id("assess-1"));
        browser.click(By.id("save-assessment"));
        browser.waitForText(By.className("govuk-error-summary"), "请选择评估发现的康复需求");
        browser.check("rehab-assessment-errors");
        browser.driver.findElement(By.cssSelector("input[value=TRAINING]")).click();
        browser.driver.findElement(By.cssSelector("input[value=ASSISTIVE_DEVICE]")).click();
        browser.click(By.id("save-assessment"));
        browser.waitForText(By.className("govuk-notification-banner"), "已保存评估结果");
        browser.click(By.linkText("已评估"));
        browser.waitForText(By.id("needs"), "康复训练");
        browser.logout();

        // 发放: the province operator starts the month; the bar follows the run's counters to the end
        browser.login(backoffice, DemoUsers.OPERATOR_PROVINCE);
        browser.click(By.linkText("发放批次"));
        browser.check("payment-runs");
        browser.click(By.id("start-run"));
        browser.waitFor(By.id("run-bar"));
        browser.waitForText(By.id("run-status"), "已完成");
        assertThat(browser.driver.findElement(By.id("run-bar")).getAttribute("value"))
                .isEqualTo(browser.driver.findElement(By.id("run-bar")).getAttribute("max"));
        browser.check("payment-run-completed");
        browser.click(By.linkText("补贴政策"));
        browser.waitForText(By.tagName("h1"), "补贴政策版本");
        browser.check("policy-versions");
        browser.click(By.linkText("认证规则"));
        browser.waitForText(By.tagName("h1"), "残疾人证认证规则");
        browser.waitForText(By.tagName("table"), "评定 20 个工作日，审核 10 个工作日");
        assertThat(browser.driver.findElement(By.tagName("table")).getText()).contains("浙江省", "18–200 岁");
        browser.check("certification-rules");

        // 四眼复核: the operator asks to pay next month ahead of its 1st (over the API, as a script would);
        // the back office refuses them their own request, with subsidy's reason, and a second operator approves it
        var requested = new Api(environment.gateway()).post("/api/subsidies/admin/payment-runs/early",
                Map.of("month", YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString(), "reason", "春节前提前发放"),
                "Authorization", Api.bearer(environment.keycloak.passwordGrant(DemoUsers.OPERATOR_PROVINCE, DemoUsers.PASSWORD)));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        browser.click(By.linkText("待复核"));
        browser.waitForText(By.id("request-1"), "提前发放");
        browser.click(By.id("approve-1"));
        browser.waitForText(By.id("refusal-detail"), "a second person decides");
        assertThat(browser.text()).doesNotContain("已复核通过", "已退回");
        browser.check("approvals-own-refused");
        browser.logout();
        browser.login(backoffice, DemoUsers.OPERATOR2_PROVINCE);
        browser.click(By.linkText("待复核"));
        browser.waitForText(By.id("request-1"), "提前发放");
        assertThat(browser.text()).contains("春节前提前发放", DemoUsers.OPERATOR_PROVINCE);
        browser.check("approvals");
        browser.click(By.id("approve-1"));
        browser.waitForText(By.className("govuk-notification-banner"), "已复核通过");
        assertThat(browser.text()).doesNotContain("已退回");
        browser.waitFor(By.id("no-requests"));
        browser.logout();

        // 提出政策变更: the operator proposes (an empty form names its fields); it waits for a second operator
        browser.login(backoffice, DemoUsers.OPERATOR_PROVINCE);
        browser.click(By.linkText("补贴政策"));
        browser.click(By.id("new-proposal"));
        browser.click(By.id("propose"));
        browser.waitForText(By.className("govuk-error-summary"), "请输入生效月份");
        assertThat(browser.text()).contains("请输入变更理由", "请至少修改一项补贴标准或一条认定规则");
        browser.check("policy-proposal-errors");
        browser.driver.findElement(By.id("effectiveMonth"))
                .sendKeys(YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(2).toString());
        browser.driver.findElement(By.id("reason")).sendKeys("浙残联〔2026〕12号：护理补贴标准调整");
        browser.driver.findElement(By.cssSelector("#allowance option[value=NURSING]")).click();
        browser.driver.findElement(By.cssSelector("#region option[value='330000']")).click();
        browser.driver.findElement(By.cssSelector("#grade option[value=GRADE_1]")).click();
        browser.driver.findElement(By.id("monthlyAmount")).sendKeys("520.00");
        browser.check("policy-proposal-filled");
        browser.click(By.id("propose"));
        browser.waitForText(By.className("govuk-notification-banner"), "待另一位操作员复核");
        browser.click(By.linkText("待复核"));
        browser.waitForText(By.id("request-1"), "补贴政策变更");
        // 影响预览: the maker runs the dry run; the second operator opens it and approves the change from it
        browser.click(By.id("preview-1"));
        browser.waitFor(By.id("no-preview"));
        browser.click(By.id("run-preview"));
        browser.waitFor(By.id("preview-meta"));
        assertThat(browser.driver.findElement(By.id("preview-province")).getText()).contains("浙江省");
        browser.check("policy-preview");
        browser.logout();
        browser.login(backoffice, DemoUsers.OPERATOR2_PROVINCE);
        browser.click(By.linkText("待复核"));
        browser.click(By.id("preview-1"));
        browser.click(By.id("approve-with-preview"));
        browser.waitForText(By.className("govuk-notification-banner"), "已复核通过");
        browser.logout();
        browser.login(backoffice, DemoUsers.OPERATOR_PROVINCE);

        // 停放消息: a record certification cannot read is parked with its reason; the operator replays it
        parkARecordAtCertification();
        browser.click(By.linkText("停放消息"));
        await("the record parked by certification").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    browser.driver.navigate().refresh();
                    return !browser.driver.findElements(By.id("replay-1")).isEmpty();
                });
        assertThat(browser.text()).contains("partner.civil-affairs.facts", "待处理");
        browser.check("dead-letters");
        browser.click(By.id("replay-1"));
        browser.waitForText(By.className("govuk-notification-banner"), "已重新投递");
        browser.click(By.linkText("补贴服务"));
        browser.waitForText(By.tagName("h1"), "补贴服务");
        browser.logout();

        // 数字驾驶舱: the province analyst, indicators against targets, chart and table, drill-down
        browser.login(backoffice, DemoUsers.ANALYST_PROVINCE);
        browser.click(By.linkText("数字驾驶舱"));
        browser.waitForText(By.tagName("h1"), "浙江省");
        assertThat(browser.text()).contains("重度残疾人护理补贴覆盖率", "监测预警");
        browser.check("cockpit-province");
        browser.click(By.linkText("杭州市"));
        browser.waitForText(By.tagName("h1"), "杭州市");
        browser.check("cockpit-hangzhou");
        browser.logout();
    }

    /** Something that is not an event, on the topic certification reads civil affairs' facts from: parked at once. */
    private static void parkARecordAtCertification() {
        var config = Map.<String, Object>of("bootstrap.servers", TestInfrastructure.broker().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("partner.civil-affairs.facts", "e2e-" + System.nanoTime(),
                    "not a CloudEvent")).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send the record", e);
        }
    }

    /** A valid GB 11643 number (synthetic): county, birth date, a random serial, the check character. */
    static String newIdNumber(String county, String birthDate) {
        String body = county + birthDate + "%03d".formatted(ThreadLocalRandom.current().nextInt(1, 999));
        return body + check(body);
    }

    private static String wrongCheck(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    private static char check(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
