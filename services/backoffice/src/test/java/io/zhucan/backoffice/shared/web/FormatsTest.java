package io.zhucan.backoffice.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

    private final Formats formats = new Formats(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyIsShownInYuanFromFenWithTwoDecimals() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.yuan(123456)).isEqualTo("1,234.56 元");
        assertThat(formats.yuan(5)).isEqualTo("0.05 元");
        assertThat(formats.yuan(-20000)).isEqualTo("-200.00 元");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.yuan(123456)).isEqualTo("¥1,234.56");
    }

    @Test
    void datesAreInTheReadersLanguageAndTimesInBeijingTime() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.date(LocalDate.of(2026, 12, 1))).isEqualTo("2026年12月1日");
        assertThat(formats.date("2026-12-01")).isEqualTo("2026年12月1日");
        assertThat(formats.time(Instant.parse("2026-11-30T16:30:00Z"))).isEqualTo("2026-12-01 00:30");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.date("2026-12-01")).isEqualTo("Dec 1, 2026");
    }

    @Test
    void regionsAndTermsByNameOrAsTheyAre() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.region("330102")).isEqualTo("上城区");
        assertThat(formats.region("330482")).isEqualTo("平湖市");
        assertThat(formats.region("999999")).isEqualTo("999999");
        assertThat(formats.term("grade", "GRADE_2")).isEqualTo("二级");
        assertThat(formats.term("grade", "GRADE_9")).isEqualTo("GRADE_9");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.region("330106")).isEqualTo("Xihu District");
    }

    @Test
    void anEventSummaryIsForPeopleWithoutIdentifiers() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        var summary = new java.util.LinkedHashMap<String, Object>();
        summary.put("applicationId", "a49a3fa8-ac83-422f-918a-1baf796df422");
        summary.put("category", "PHYSICAL");
        summary.put("grade", "GRADE_1");
        summary.put("householdCounty", "330106");
        summary.put("validUntil", "2036-11-30");
        summary.put("monthlyAmountFen", "49600");
        summary.put("failedRules", java.util.List.of());
        assertThat(formats.summary(summary)).containsExactly("类别：肢体残疾", "等级：一级", "户籍地：西湖区",
                "有效期至：2036年11月30日", "每月金额：496.00 元", "未满足的规则：—");
    }

    @Test
    void everyChineseLabelHasAnEnglishOne() throws Exception {
        var zh = new java.util.Properties();
        var en = new java.util.Properties();
        try (var z = getClass().getResourceAsStream("/messages.properties");
                var e = getClass().getResourceAsStream("/messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(z, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).containsAll(zh.keySet());
    }
}
