package io.zhucan.backoffice.shared.web;

import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages show values to people ({@code ${@fmt.yuan(...)}} in templates): money from fen as 元
 * with two decimals, dates in the reader's language, times in Beijing time, region codes by name.
 */
@Component("fmt")
public class Formats {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** 123456 fen → "1,234.56 元" (en: "¥1,234.56"). */
    public String yuan(@Nullable Number fen) {
        if (fen == null) {
            return "";
        }
        NumberFormat amount = NumberFormat.getNumberInstance(Locale.CHINA);
        amount.setMinimumFractionDigits(2);
        amount.setMaximumFractionDigits(2);
        String figure = amount.format(BigDecimal.valueOf(fen.longValue(), 2));
        return isChinese() ? figure + " 元" : "¥" + figure;
    }

    /** A date ("2026-12-01" or a LocalDate) in the reader's language: 2026年12月1日, 1 Dec 2026. */
    public String date(@Nullable Object date) {
        if (date == null || date.toString().isBlank()) {
            return "";
        }
        LocalDate day = date instanceof LocalDate d ? d : LocalDate.parse(date.toString().substring(0, 10));
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** An instant ("2026-12-01T02:00:00Z" or an Instant) in Beijing time, to the minute. */
    public String time(@Nullable Object instant) {
        if (instant == null) {
            return "";
        }
        Instant at = instant instanceof Instant i ? i : Instant.parse(instant.toString());
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(BEIJING));
    }

    /**
     * A GB/T 2260 code by name: the bundle's (上城区, Shangcheng District), else the vendored divisions'
     * Chinese name (every county and township of Zhejiang), else the code itself.
     */
    public String region(@Nullable String code) {
        if (code == null) {
            return "";
        }
        String named = Divisions.zhejiang().find(code).map(Division::name).orElse(code);
        return messages.getMessage("region." + code, null, named, locale());
    }

    /** A value of the platform's vocabulary (status, category, grade...) in words, or as it is. */
    public String term(String group, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(group + "." + value, null, value.toString(), locale());
    }

    /** An indicator's name: the bundle's, else the service's own title (Chinese, from its data). */
    public String indicator(String id, String title) {
        return messages.getMessage("indicator." + id, null, title, locale());
    }

    /**
     * An event's summary for people: identifiers left out (the timeline is about the person, not the
     * records), each field by its name in the bundle, vocabulary in words, money in 元, dates and
     * counties formatted; anything unknown as it is.
     */
    public List<String> summary(@Nullable Map<String, Object> summary) {
        if (summary == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        summary.forEach((field, value) -> {
            if (value == null || field.endsWith("Id") || field.equals("disabilities")) {
                return;
            }
            String label = messages.getMessage("field." + field, null, field, locale());
            lines.add(label + (isChinese() ? "：" : ": ") + value(field, value));
        });
        return lines;
    }

    private String value(String field, Object value) {
        if (field.endsWith("Fen") && value.toString().matches("-?\\d+")) { // profile keeps summaries as text
            return yuan(Long.parseLong(value.toString()));
        }
        if (field.endsWith("County") || field.equals("county")) {
            return region(value.toString());
        }
        if (field.endsWith("On") || field.endsWith("Until") || field.equals("birthDate")) {
            return date(value);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(v -> term(field, v)).toList());
        }
        return term(field, value);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean isChinese() {
        return locale().getLanguage().equals("zh");
    }
}
