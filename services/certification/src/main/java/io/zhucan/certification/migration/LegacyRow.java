package io.zhucan.certification.migration;

import java.util.List;

/** One record of the export as read: its row number (the header is row 1) and its fields as text. */
public record LegacyRow(int number, List<String> fields) {

    public LegacyRow {
        fields = List.copyOf(fields);
    }

    public boolean hasLayoutWidth() {
        return fields.size() == LegacyColumn.HEADER.size();
    }

    public String get(LegacyColumn column) {
        return fields.get(column.ordinal()).strip();
    }
}
