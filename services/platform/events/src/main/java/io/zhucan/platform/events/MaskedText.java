package io.zhucan.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The printed form of event records that carry personal data: like a record's own
 * {@code toString}, with every resident ID number (and so every certificate number, which starts
 * with one) masked, so a log line or an exception message that prints an event leaks nothing.
 */
public final class MaskedText {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{6}(\\d{8})\\d{3}[\\dX]");

    public static String of(Record record) {
        StringJoiner text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            text.add(component.getName() + "=" + mask(String.valueOf(value(record, component))));
        }
        return text.toString();
    }

    /** {@code 330102199003070027} → {@code 330102********0027}, wherever it appears. */
    public static String mask(String text) {
        return ID_NUMBER.matcher(text).replaceAll(m -> m.group().substring(0, 6) + "********" + m.group().substring(14));
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }

    private MaskedText() {
    }
}
