package io.zhucan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No event prints personal data in clear: a log line or an exception message that shows one leaks nothing. */
class PrintedEventsTest {

    private static final Pattern CLEAR_ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");

    @Test
    void noSampleOfAnyTypePrintsAnIdNumberInClear() {
        assertThat(EventSamples.all()).isNotEmpty().allSatisfy(event ->
                assertThat(CLEAR_ID_NUMBER.matcher(event.toString()).find()).as(event.getClass().getSimpleName()).isFalse());
    }

    @Test
    void theMaskedFormKeepsEverythingElse() {
        assertThat(MaskedText.mask("id 330102199003070027, cert 33010219900307002742"))
                .isEqualTo("id 330102********0027, cert 330102********002742");
        assertThat(EventSamples.all().stream().filter(e -> e instanceof PartnerFact).findFirst().orElseThrow().toString())
                .contains("idNumber=330102********0027").contains("factId=MZ-DB-");
    }
}
