package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final BigDecimal TRAILING = BigDecimal.valueOf(75);

    @Test
    void fifteenMonthsHoldFiveQuartersFromThePeriodStart() {
        assertThat(Cadence.windows(LocalDate.of(2021, 9, 6), LocalDate.of(2022, 12, 5), 3, TRAILING))
                .hasSize(5)
                .first().hasToString("6 Sep 2021 to 5 Dec 2021");
        assertThat(Cadence.windows(LocalDate.of(2021, 9, 6), LocalDate.of(2022, 12, 5), 3, TRAILING))
                .last().hasToString("6 Sep 2022 to 5 Dec 2022");
    }

    @Test
    void aShortTrailingPartIsNotRequired() {
        // 9 Aug to 5 Dec 2022 is 119 of the 182 days of a 6-month interval: 65%.
        assertThat(Cadence.windows(LocalDate.of(2021, 8, 9), LocalDate.of(2022, 12, 5), 6, TRAILING))
                .extracting(Object::toString)
                .containsExactly("9 Aug 2021 to 8 Feb 2022", "9 Feb 2022 to 8 Aug 2022");
        // 9 Nov to 5 Dec 2022 is 27 of 92 days of a quarter.
        assertThat(Cadence.windows(LocalDate.of(2021, 8, 9), LocalDate.of(2022, 12, 5), 3, TRAILING))
                .hasSize(5).last().hasToString("9 Aug 2022 to 8 Nov 2022");
    }

    @Test
    void aTrailingPartMostOfAnIntervalLongNeedsADocument() {
        // Bi-monthly walkabouts: 9 Oct to 5 Dec 2022 is 58 of 61 days; left out, two months went unchecked.
        assertThat(Cadence.windows(LocalDate.of(2021, 8, 9), LocalDate.of(2022, 12, 5), 2, TRAILING))
                .hasSize(8).last().hasToString("9 Oct 2022 to 5 Dec 2022");
    }

    @Test
    void theTrailingShareIsComparedExactly() {
        // February 2022 has 28 days: 21 of them is exactly 75%, 20 is 71.4%.
        assertThat(Cadence.windows(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 21), 1, TRAILING))
                .extracting(Object::toString).containsExactly("1 Jan 2022 to 31 Jan 2022", "1 Feb 2022 to 21 Feb 2022");
        assertThat(Cadence.windows(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 20), 1, TRAILING))
                .extracting(Object::toString).containsExactly("1 Jan 2022 to 31 Jan 2022");
    }

    @Test
    void aPeriodShorterThanOneIntervalIsOneInterval() {
        assertThat(Cadence.windows(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 6, TRAILING))
                .extracting(Object::toString).containsExactly("1 Jan 2022 to 1 Feb 2022");
    }
}
