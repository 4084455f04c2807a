package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mischecker.report.Finding;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/** SA1 standards at met, not met, exactly at threshold, just below, and missing evidence (cases/sa01.yaml). */
class Sa01PerinatalMortalityReviewsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa01.yaml");
    }

    /** The counts "in time" rest on the [R-M] time limit they were counted against, so the report lists it. */
    @Test
    void aJudgedCountRestsOnItsTimeLimitAndAMissingOneOnNothing() throws Exception {
        TrustReport met = CaseRunner.checker().check(CaseRunner.evidence(YAML.readTree("{}")));
        Finding reviewStarted = CaseRunner.standard(met, "SA1.b").findings().get(0);
        assertThat(reviewStarted.thresholds()).extracting(ThresholdUse::key)
                .contains("sa1.reviewStarted.minPct", "sa1.reviewStarted.withinMonths");
        assertThat(met.unverifiedThresholds()).extracting(ThresholdUse::key)
                .contains("sa1.notification.withinWorkingDays", "sa1.surveillance.withinMonths", "sa1.published.withinMonths");

        TrustReport missing = CaseRunner.checker().check(CaseRunner.evidence(YAML.readTree("{remove: [SA1.reviewStartedInTime]}")));
        assertThat(CaseRunner.standard(missing, "SA1.b").findings().get(0).thresholds()).isEmpty();
    }

    /** 0 of 0 is met only by a reading the guidance does not state, so a verdict resting on it says so. */
    @Test
    void aFigureMetOnNoCasesRestsOnTheZeroCaseReading() throws Exception {
        TrustReport none = CaseRunner.checker().check(CaseRunner.evidence(
                YAML.readTree("{set: {SA1.notifiedInTime: {numerator: 0, denominator: 0}}}")));
        assertThat(CaseRunner.standard(none, "SA1.a").findings()).anySatisfy(f ->
                assertThat(f.thresholds()).extracting(ThresholdUse::key).contains(RuleBook.ZERO_CASES));
        assertThat(none.unverifiedThresholds()).extracting(ThresholdUse::key).contains(RuleBook.ZERO_CASES);

        TrustReport some = CaseRunner.checker().check(CaseRunner.evidence(YAML.readTree("{}")));
        assertThat(some.unverifiedThresholds()).extracting(ThresholdUse::key).doesNotContain(RuleBook.ZERO_CASES);
    }
}
