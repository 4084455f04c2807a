package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mischecker.scheme.SchemePacks;

/** Extracts are read like evidence: every problem with its line and column, in the user's terms. */
class ExternalDataTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));
    private static final String HEADER = "# source: mbrrace\n# schemeYear: 4\n# extracted: 2023-01-10\n";
    private static final String COLUMNS = "odsCode,SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator\n";

    static Stream<Arguments> badExtracts() {
        return Stream.of(
                Arguments.of("no source line", "# schemeYear: 4\n# extracted: 2023-01-10\n" + COLUMNS + "RNS,1,2\n",
                        "x.csv:1:1: no '# source: ID' line; expected one of mbrrace (MBRRACE-UK PMRT data)"),
                Arguments.of("a misspelt source", "# source: mbrace\n# schemeYear: 4\n# extracted: 2023-01-10\n" + COLUMNS,
                        "# source is 'mbrace' (did you mean 'mbrrace'?)"),
                Arguments.of("a misspelt header name is not a comment", "# sorce: mbrrace\n" + HEADER + COLUMNS,
                        "x.csv:1:1: '# sorce: mbrrace' is not a header line"),
                Arguments.of("a scheme year with no pack", "# source: mbrrace\n# schemeYear: 9\n# extracted: 2023-01-10\n" + COLUMNS,
                        "# schemeYear is '9'; expected one of [3, 4, 5]"),
                Arguments.of("a date that is not a day", "# source: mbrrace\n# schemeYear: 4\n# extracted: 10/01/2023\n" + COLUMNS,
                        "# extracted is '10/01/2023'; expected the day the extract was taken, YYYY-MM-DD"),
                Arguments.of("no odsCode column", HEADER + "trust,SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator\n",
                        "x.csv:4:1: the first column is 'trust'; expected odsCode"),
                Arguments.of("a key that is not a figure", HEADER + "odsCode,SA1.reviewStarted.numerator,SA1.reviewStarted.denominator\n",
                        "x.csv:4:9: column 'SA1.reviewStarted.numerator' names SA1.reviewStarted, which is not a figure of scheme year 4;"
                                + " expected one of the figures MBRRACE-UK PMRT data verifies: SA1.notifiedInTime,"),
                Arguments.of("a figure another source verifies", HEADER + "odsCode,SA2.cqimsPassed.numerator,SA2.cqimsPassed.denominator\n",
                        "names SA2.cqimsPassed, which is verified by NHS Digital MSDS CNST scorecard, not MBRRACE-UK PMRT data"),
                Arguments.of("a figure no source verifies", HEADER + "odsCode,SA10.familiesInformed.numerator,SA10.familiesInformed.denominator\n",
                        "names SA10.familiesInformed, which no external source verifies"),
                Arguments.of("a denominator column out of place", HEADER + "odsCode,SA1.reviewStartedInTime.denominator,SA1.reviewStartedInTime.numerator\n",
                        "x.csv:4:9: column 'SA1.reviewStartedInTime.denominator' is not where expected; expected KEY.numerator"),
                Arguments.of("a figure with no denominator column", HEADER + "odsCode,SA1.reviewStartedInTime.numerator\n",
                        "the last figure has no denominator column"),
                Arguments.of("a figure given twice", HEADER + "odsCode,SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator,"
                        + "SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator\n", "is given twice; expected each figure once"),
                Arguments.of("a pasted thousands separator", HEADER + COLUMNS + "RNS,\"4,210\",5000\n",
                        "x.csv:5:5: RNS's SA1.reviewStartedInTime numerator is '4,210'; expected a whole number"),
                Arguments.of("a percentage in place of a count", HEADER + COLUMNS + "RNS,95%,40\n",
                        "RNS's SA1.reviewStartedInTime numerator is '95%'"),
                Arguments.of("a numerator above its denominator", HEADER + COLUMNS + "RNS,41,40\n",
                        "x.csv:5:5: RNS's SA1.reviewStartedInTime numerator 41 is above its denominator 40"),
                Arguments.of("half a figure", HEADER + COLUMNS + "RNS,41,\n",
                        "RNS's SA1.reviewStartedInTime has a numerator but no denominator"),
                Arguments.of("a row with too few cells", HEADER + COLUMNS + "RNS,41\n", "x.csv:5:1: this row has 2 cells; expected 3"),
                Arguments.of("a lower-case ODS code", HEADER + COLUMNS + "rns,1,2\n", "odsCode 'rns' is not an ODS code"),
                Arguments.of("the same trust twice", HEADER + COLUMNS + "RNS,1,2\nRNS,1,2\n", "x.csv:6:1: RNS has a row already (line 5)"),
                Arguments.of("an unclosed quote", HEADER + COLUMNS + "RNS,\"1,2\n", "a quoted cell is not closed"),
                Arguments.of("no column header", HEADER, "no column header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExtracts")
    void aMalformedExtractIsRefusedWithWhereAndWhat(String name, String text, String expected) {
        assertThatThrownBy(() -> ExternalData.parse(Map.of("x.csv", text), PACKS))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).map(Problem::toString)
                        .anySatisfy(p -> assertThat(p).contains(expected)));
    }

    @Test
    void theSameTrustsFigureFromTwoExtractsIsRefused() {
        String text = HEADER + COLUMNS + "RNS,1,2\n";
        assertThatThrownBy(() -> ExternalData.parse(new java.util.LinkedHashMap<>(Map.of("a.csv", text, "b.csv", text)), PACKS))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).map(Problem::toString)
                        .anySatisfy(p -> assertThat(p).contains("RNS's SA1.reviewStartedInTime is also given at")));
    }

    @Test
    void commentsAByteOrderMarkQuotingAndCrlfAreRead() throws EvidenceException {
        String text = "\uFEFF# An auditor's note: taken from the portal\r\n" + HEADER.replace("\n", "\r\n")
                + "odsCode,\"SA1.reviewStartedInTime.numerator\",SA1.reviewStartedInTime.denominator\r\n\"RNS\",38,40\r\n";
        ExternalData data = ExternalData.parse(Map.of("x.csv", text), PACKS);
        List<ExternalData.Row> rows = data.rowsFor(4, "RNS");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.figures().get("SA1.reviewStartedInTime")).containsExactly(38, 40);
            assertThat(r.at().toString()).isEqualTo("x.csv:6:1");
            assertThat(r.extract().extracted()).hasToString("2023-01-10");
        });
        assertThat(data.unused()).isEmpty();
    }

    @Test
    void rowsNoCheckedFileAskedForAreListedNotDropped() throws EvidenceException {
        ExternalData data = ExternalData.parse(Map.of("x.csv", HEADER + COLUMNS + "RNS,38,40\nRXX,1,2\n"), PACKS);
        data.rowsFor(4, "RNS");
        assertThat(data.unused()).extracting(ExternalData.Row::odsCode).containsExactly("RXX");
    }

    @Test
    void aFolderIsSearchedForExtractsAndAControlCharacterIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.csv"), HEADER + COLUMNS + "RNS,38,40\n");
        Files.writeString(dir.resolve("notes.txt"), "not an extract");
        assertThat(load(dir).extracts()).singleElement().satisfies(e -> assertThat(e.file()).endsWith("a.csv"));
        Files.writeString(dir.resolve("b.csv"), HEADER + COLUMNS + "RXX,1,2\u001b[2J\n");
        assertThatThrownBy(() -> ExternalData.load(List.of(dir), PACKS)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("b.csv:5");
        assertThatThrownBy(() -> ExternalData.load(List.of(dir.resolve("missing")), PACKS))
                .hasMessageContaining("no such file or folder");
    }

    private static ExternalData load(Path dir) {
        try {
            return ExternalData.load(List.of(dir), PACKS);
        } catch (EvidenceException e) {
            throw new AssertionError(e.problems().toString());
        }
    }
}
