package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

    static Figure of(long n, long d) {
        return new Figure("SA1.x", "SA1", null, n, d, null, "measure", "deaths", Location.unknown("f"));
    }

    @Test
    void percentagesAreComparedExactlyNeverRoundedFirst() {
        assertThat(of(949, 1000).atLeast(new BigDecimal("95"))).isFalse();
        assertThat(of(950, 1000).atLeast(new BigDecimal("95"))).isTrue();
        assertThat(of(19, 20).atLeast(new BigDecimal("95"))).isTrue();
        assertThat(of(2, 3).atLeast(new BigDecimal("66.67"))).isFalse();
        assertThat(of(2, 3).atLeast(new BigDecimal("66.66"))).isTrue();
    }

    @Test
    void shownPercentIsRoundedToOneDecimal() {
        assertThat(of(41, 44).percentText(new BigDecimal("95"))).isEqualTo("93.2%");
        assertThat(of(11, 12).percentText(new BigDecimal("90"))).isEqualTo("91.7%");
        assertThat(of(949, 1000).percentText(new BigDecimal("95"))).isEqualTo("94.9%");
        assertThat(of(1, 8).percentText(new BigDecimal("50"))).isEqualTo("12.5%");
        assertThat(of(1, 16).percentText(new BigDecimal("50"))).isEqualTo("6.3%");
        assertThat(of(0, 0).percentText(new BigDecimal("95"))).isEqualTo("no cases");
    }

    @Test
    void aMissIsNeverRoundedUpToLookLikeAMeet() {
        // 99.99% and 94.96% would round to the threshold; they miss it, so they are truncated.
        assertThat(of(9999, 10000).percentText(new BigDecimal("100"))).isEqualTo("99.9%");
        assertThat(of(9496, 10000).percentText(new BigDecimal("95"))).isEqualTo("94.9%");
        // Rounding that stays below the threshold is kept.
        assertThat(of(9494, 10000).percentText(new BigDecimal("95"))).isEqualTo("94.9%");
        assertThat(of(9486, 10000).percentText(new BigDecimal("95"))).isEqualTo("94.9%");
        // A met figure rounds normally.
        assertThat(of(9996, 10000).percentText(new BigDecimal("99"))).isEqualTo("100.0%");
    }

    @Test
    void noCasesIsVacuouslyMet() {
        assertThat(of(0, 0).atLeast(new BigDecimal("100"))).isTrue();
    }

    @Test
    void shortfallIsTheNumberOfCasesStillNeeded() {
        assertThat(of(41, 44).shortfall(new BigDecimal("95"))).isEqualTo(1);
        assertThat(of(201, 237).shortfall(new BigDecimal("90"))).isEqualTo(13);
        assertThat(of(44, 44).shortfall(new BigDecimal("95"))).isZero();
    }
}
