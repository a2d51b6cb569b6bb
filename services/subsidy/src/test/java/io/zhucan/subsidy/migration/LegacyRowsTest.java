package io.zhucan.subsidy.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyRowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String ID = "330102199003070027";

    static List<String> row(String id, String living, String nursing) {
        return List.of(id, "王小明", "330102", "330102001", id + "12", "PHYSICAL", "GRADE_2", "2016-03-01",
                "2026-03-01", living, nursing);
    }

    @Test
    void aValidRowGivesBothMonthsAndAnEmptyOneMeansNeverPaid() {
        var checked = LegacyRows.check(7, row(ID, "2026-11", ""), TODAY);
        assertThat(checked.rejected()).isNull();
        assertThat(checked.accepted()).isEqualTo(new LegacyPaidThrough(7,
                io.zhucan.platform.events.vocabulary.ResidentIdNumber.of(ID), YearMonth.of(2026, 11), null));
        assertThat(LegacyRows.check(8, row(ID, "2027-01", "2027-01"), TODAY).accepted()).isNotNull(); // paid ahead: next month
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "330102199003070028|2026-11|        |id_number: not a valid resident ID number",
            "33010219900307002 |2026-11|        |id_number: not a valid resident ID number",
            "330102199003070027|2026-13|        |living_paid_through: not a month yyyy-MM",
            "330102199003070027|2026/11|        |living_paid_through: not a month yyyy-MM",
            "330102199003070027|        |2026-1  |nursing_paid_through: not a month yyyy-MM",
            "330102199003070027|2027-02|        |living_paid_through: after 2027-01",
            "330102199003070028|x      |2099-01 |id_number: not a valid resident ID number; living_paid_through: not a month "
                    + "yyyy-MM; nursing_paid_through: after 2027-01"})
    void aBadRowIsRejectedWithEveryReasonAndTheIdNumberMasked(String id, String living, String nursing, String reason) {
        var checked = LegacyRows.check(3, row(id.strip(), living == null ? "" : living.strip(),
                nursing == null ? "" : nursing.strip()), TODAY);
        assertThat(checked.accepted()).isNull();
        assertThat(checked.rejected().reason()).isEqualTo(reason);
        assertThat(checked.rejected().row()).isEqualTo(3);
        assertThat(checked.rejected().idNumberMasked()).doesNotContain(id.strip().substring(6, 14));
    }

    @Test
    void aRowWithTooFewOrTooManyColumnsIsRejected() {
        List<String> longer = new ArrayList<>(row(ID, "", ""));
        longer.add("extra");
        assertThat(LegacyRows.check(1, longer, TODAY).rejected().reason()).isEqualTo("columns: 12 instead of 11");
        var shorter = LegacyRows.check(2, List.of(ID, "王小明"), TODAY).rejected();
        assertThat(shorter.reason()).isEqualTo("columns: 2 instead of 11");
        assertThat(shorter.idNumberMasked()).isEqualTo("330102********0027");
        assertThat(Rejection.mask("12345")).isEqualTo("(5 characters)");
    }
}
