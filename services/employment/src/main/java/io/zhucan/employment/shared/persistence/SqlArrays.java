package io.zhucan.employment.shared.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** PostgreSQL text arrays to and from Java collections of names. */
public final class SqlArrays {

    public static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    public static String[] texts(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    public static List<String> texts(ResultSet rs, String column) throws SQLException {
        return List.of(strings(rs, column));
    }

    public static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Function<String, E> valueOf)
            throws SQLException {
        return Arrays.stream(strings(rs, column)).map(valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private SqlArrays() {
    }
}
