package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void fifteenMonthsHoldFiveQuartersFromThePeriodStartAndNothingMore() {
        assertThat(Cadence.windows(LocalDate.of(2021, 9, 6), LocalDate.of(2022, 12, 5), 3))
                .hasSize(5)
                .first().hasToString("6 Sep 2021 to 5 Dec 2021");
        assertThat(Cadence.windows(LocalDate.of(2021, 9, 6), LocalDate.of(2022, 12, 5), 3))
                .last().hasToString("6 Sep 2022 to 5 Dec 2022");
    }

    @Test
    void thePeriodsLastIntervalEndsWithThePeriodWhenItIsNotAWholeNumberOfIntervals() {
        // Six-monthly from 9 Aug 2021: two whole intervals, then the last six months of the period.
        assertThat(Cadence.windows(LocalDate.of(2021, 8, 9), LocalDate.of(2022, 12, 5), 6))
                .extracting(Object::toString)
                .containsExactly("9 Aug 2021 to 8 Feb 2022", "9 Feb 2022 to 8 Aug 2022", "6 Jun 2022 to 5 Dec 2022");
        // Bi-monthly walkabouts: seven whole intervals, then 6 Oct to 5 Dec 2022.
        assertThat(Cadence.windows(LocalDate.of(2021, 8, 9), LocalDate.of(2022, 12, 5), 2))
                .hasSize(8).last().hasToString("6 Oct 2022 to 5 Dec 2022");
        // Quarterly from 9 Aug 2021: five whole quarters to 8 Nov 2022, then 6 Sep to 5 Dec 2022.
        assertThat(Cadence.windows(LocalDate.of(2021, 8, 9), LocalDate.of(2022, 12, 5), 3))
                .hasSize(6).last().hasToString("6 Sep 2022 to 5 Dec 2022");
    }

    @Test
    void aPeriodShorterThanOneIntervalIsOneInterval() {
        assertThat(Cadence.windows(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 6))
                .extracting(Object::toString).containsExactly("1 Jan 2022 to 1 Feb 2022");
    }
}
