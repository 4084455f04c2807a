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
    void shownPercentIsTruncatedSoAMissNeverLooksLikeAMeet() {
        assertThat(of(9999, 10000).percentText()).isEqualTo("99.9%");
        assertThat(of(41, 44).percentText()).isEqualTo("93.1%");
        assertThat(of(0, 0).percentText()).isEqualTo("no cases");
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
