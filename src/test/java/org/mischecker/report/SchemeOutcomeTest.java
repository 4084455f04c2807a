package org.mischecker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mischecker.check.ExitCode;
import org.mischecker.check.FileResult;
import org.mischecker.check.RunSummary;
import org.mischecker.report.ReportBuilder.ActionSpec;

/**
 * Unknown is not failure: a standard that could not be assessed makes its action NOT ASSESSED unless
 * another standard fails it, and a trust with such an action and none failed gets "cannot be
 * determined" (its own exit code), never "does not meet" and never "eligible".
 */
class SchemeOutcomeTest {

    private static final StandardSpec MET_STANDARD = new StandardSpec("SA1.a", "SA1", "a", "w", "g", "R-M",
            List.of(new StandardSpec.CheckSpec("c", List.of(), List.of())));
    private static final StandardSpec OTHER = new StandardSpec("SA1.b", "SA1", "b", "w", "g", "R-M",
            List.of(new StandardSpec.CheckSpec("c", List.of(), List.of())));

    private static Finding finding(String standard, Outcome outcome) {
        return new Finding(standard, "c", null, outcome, standard + " c " + outcome.label(), null, List.of(), List.of(), null, null);
    }

    private static TrustReport report(Outcome a, Outcome b) {
        return ReportBuilder.build("t.yaml", "T", "RTT", 4, "year 4", List.of(new ActionSpec("SA1", "one", List.of(MET_STANDARD, OTHER))),
                java.util.Map.of(), List.of(finding("SA1.a", a), finding("SA1.b", b)));
    }

    @Test
    void anActionWithAStandardNotAssessedAndNoneFailedIsNotAssessed() {
        assertThat(report(Outcome.MET, Outcome.NOT_ASSESSED).actions().get(0).outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(report(Outcome.NOT_MET, Outcome.NOT_ASSESSED).actions().get(0).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(report(Outcome.NO_EVIDENCE, Outcome.NOT_ASSESSED).actions().get(0).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(report(Outcome.MET, Outcome.MET).actions().get(0).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void theVerdictCannotBeDeterminedNeverEligibleAndNeverDoesNotMeet() {
        TrustReport unknown = report(Outcome.MET, Outcome.NOT_ASSESSED);
        assertThat(unknown.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(unknown.meetsScheme()).isFalse();
        assertThat(unknown.verdict()).startsWith("0/1: cannot be determined (SA1 could not be assessed")
                .doesNotContain("eligible").doesNotContain("does not meet");
        TrustReport failed = report(Outcome.NOT_MET, Outcome.NOT_ASSESSED);
        assertThat(failed.verdict()).startsWith("0/1: does not meet the scheme (SA1 not met)");
    }

    @Test
    void aRunWithAnUndeterminedVerdictAndNoFailureExitsWithItsOwnCode() {
        RunSummary run = new RunSummary();
        run.add(FileResult.of(report(Outcome.MET, Outcome.MET)));
        run.add(FileResult.of(report(Outcome.MET, Outcome.NOT_ASSESSED)));
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_DETERMINE);
        assertThat(ExitCode.CANNOT_DETERMINE.code()).isEqualTo(4);
        run.add(FileResult.of(report(Outcome.NOT_MET, Outcome.MET)));
        assertThat(run.exitCode()).as("a failed trust outweighs an undetermined one").isEqualTo(ExitCode.NOT_ALL_MET);
        run.add(FileResult.of(new FileError("x.yaml", List.of("x.yaml: file not found"))));
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
