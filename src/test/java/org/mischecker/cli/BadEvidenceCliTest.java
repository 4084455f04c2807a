package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-evidence corpus, through the command a user runs: exit code 2, each
 * problem as file:line:column (or the file, for whole-file problems) with what is expected, and
 * never a stack trace. EvidenceLoaderTest holds the message and position of each; the hostile and
 * pasted shapes below have their whole first line asserted here, as a user sees it.
 */
class BadEvidenceCliTest {

    static Stream<Path> badFiles() throws Exception {
        return Files.list(Path.of("src/test/resources/bad")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedWithWhereAndWhatAndExitTwo(Path file) {
        CliTest.Run run = CliTest.mis("check", "--no-colour", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).startsWith(file.toString())
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith(file.toString())))
                .allSatisfy(l -> assertThat(l).containsAnyOf("expected", "not valid YAML"));
        assertThat(run.out()).contains("cannot be evaluated");
    }

    private static final String CONTROL = "; expected plain text (control characters can hide, reorder or rewrite lines of a report)";

    static Stream<Arguments> exactMessages() {
        return Stream.of(
                Arguments.of("guidance-version-mismatch.yaml", "2:18: guidanceVersion 2021-08 is not the version the scheme year 4 rule pack"
                        + " encodes (2022-10: NHS Resolution, \"Maternity incentive scheme - year four\", updated October 2022); expected"
                        + " 2022-10, or a pack for the version the file answers"),
                Arguments.of("scheme-year-without-pack.yaml", "1:13: schemeYear 7 has no rule pack; expected one of 3, 4, 5 (a pack for year 7 can be"
                        + " written: mis pack new --year 7 --from 5)"),
                Arguments.of("newline-in-title.yaml", "4:30: documents[1].title runs over more than one line; expected it on one line"
                        + " (a line break in it would start a new line in a report; only a note may take several lines)"),
                Arguments.of("ansi-escape-in-trust-name.yaml", "2:25: a control character U+001B (escape)" + CONTROL),
                Arguments.of("escaped-control-in-title.yaml", "4:44: a control character U+001B (escape) in documents[1].title" + CONTROL),
                Arguments.of("escaped-c1-control.yaml", "4:99: a control character U+009B (control sequence introducer) in documents[1].keptAt"
                        + CONTROL),
                Arguments.of("bidi-override.yaml", "4:72: a bidirectional-text control U+202E (right-to-left override)" + CONTROL),
                Arguments.of("nbsp-indent.yaml", "4:1: a non-breaking space (U+00A0) in the indentation; expected a plain space (it looks"
                        + " the same, but YAML and the checks read it as a letter; it often comes with text pasted from a word processor"
                        + " or a spreadsheet)"),
                Arguments.of("binary-tag.yaml", "4:21: a YAML tag '!!binary'; expected a plain value (evidence files take no tags)"),
                Arguments.of("custom-tag.yaml", "4:24: a YAML tag '!figure'; expected a plain value (evidence files take no tags)"),
                Arguments.of("java-object-tag.yaml", "3:9: a YAML tag '!!java/object:javax.script.ScriptEngineManager'; expected a plain"
                        + " value (evidence files take no tags)"),
                Arguments.of("tag-directive.yaml", "1:1: a YAML directive '%TAG'; expected the evidence to start with schemeYear"
                        + " (evidence files take no directives or tags)"),
                Arguments.of("wte-1e400.yaml", "5:27: SA6.fetalMonitoringLeadWte is 1e400; expected at most 20 (whole-time equivalents of"
                        + " Fetal Monitoring Lead time in post; a larger value is a typing or paste error)"),
                Arguments.of("huge-requested-sum.yaml", "4:75: actionPlans.SA5.requestedSum is 1e400; expected at most 50,000,000 pounds"
                        + " (a discretionary payment is much smaller than a trust's incentive contribution; a larger sum is a typing or"
                        + " paste error)"),
                Arguments.of("huge-count.yaml", "4:53: SA1.reviewStartedInTime.denominator is 447700900123; expected at most 1,000,000"
                        + " (no trust counts more deaths, births, staff or shifts in a reporting period; a larger count is a typing or"
                        + " paste error)"),
                Arguments.of("thousands-separator.yaml", "4:41: SA5.coordinatorSupernumerary.numerator is written 1,210, which YAML"
                        + " reads as 1 followed by a key '210' (a comma ends a value inside {...}); expected 1210, written without"
                        + " thousands separators"),
                Arguments.of("day-month-year-date.yaml", "4:76: document date '24/02/2022' is not written YYYY-MM-DD (did you mean"
                        + " 2022-02-24?); expected YYYY-MM-DD from 1900 on, for example 2022-11-24"),
                Arguments.of("pasted-sum.yaml", "6:16: actionPlans.SA5.timescale is '30/09/2023' (did you mean 2023-09-30?); expected"
                        + " the date the plan is to be completed by, YYYY-MM-DD"),
                Arguments.of("documents-empty-list-with-entries.yaml", "3:12: 'documents: []' is an empty list, so the entries under it"
                        + " from line 4 belong to nothing; expected 'documents:' without the [] when entries follow (remove the [] before"
                        + " adding entries)"),
                Arguments.of("inconsistent-indentation.yaml", "4:4: this line is indented 3 spaces; the lines above it use 2 (line 3) or 0"
                        + " (line 2); expected 2 spaces, like line 3, for another key of the same map (line 3 already has a value, so"
                        + " nothing can go under it)"),
                Arguments.of("tab-inside-line.yaml", "4:23: tab character; expected spaces (YAML does not allow a tab between a key and its"
                        + " value, nor between the entries of {...} or [...], except inside quotes)"),
                Arguments.of("zero-width-space-in-key.yaml", "4:22: a zero-width space (U+200B), which is invisible; expected nothing"
                        + " there: delete it (a key, id or name holding it differs from the one you see)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactMessages")
    void hostileAndPastedShapesGetTheirExactMessage(String name, String message) {
        String file = "src/test/resources/bad/" + name;
        CliTest.Run run = CliTest.mis("check", "--no-colour", file);
        assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err().lines().findFirst()).hasValue(file + ":" + message);
    }
}
