package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mischecker.scheme.SchemePacks;

/** Bad evidence never gets through quietly: each file gives file:line:column, what is wrong and what is expected. */
class EvidenceLoaderTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not-yaml.yaml                    | :1:        | not valid YAML
            empty.yaml                       | empty.yaml | file is empty
            tabs.yaml                        | :3:1       | tab character; expected spaces
            list-at-top.yaml                 | :1:1       | the file is a list; expected a map
            duplicate-key.yaml               | :5:3       | duplicate key 'parentsInformed' (first at line 4)
            unknown-key.yaml                 | :4:3       | unknown key 'reviewStartedInTme' in SA1 (did you mean 'reviewStartedInTime'?)
            key-from-other-action.yaml       | :4:3       | (that key belongs under SA1)
            string-for-number.yaml           | :4:36      | SA1.reviewStartedInTime.numerator is text 'forty'; expected a whole number
            negative-count.yaml              | :4:31      | is -1; expected a count of zero or more
            numerator-above-denominator.yaml | :4:31      | numerator 5 is above its denominator 4
            missing-scheme-year.yaml         | :1:1       | schemeYear is missing
            unknown-scheme-year.yaml         | :1:13      | schemeYear 9 has no rule pack; expected one of 3, 4
            missing-trust.yaml               | :1:1       | trust is missing
            impossible-date.yaml             | :4:34      | document date '2022-02-30' is not a real date
            signed-year-date.yaml            | :4:34      | document date '-2022-11-30' is not a real date; expected YYYY-MM-DD from 1900 on
            year-zero-date.yaml              | :4:34      | document date '0000-01-01' is not a real date; expected YYYY-MM-DD from 1900 on
            empty-board-declaration.yaml     | :3:19      | boardDeclaration is empty; expected each action the board declared
            empty-text-section.yaml          | :3:6       | SA3 is empty text; expected a map of the evidence keys of SA3
            bad-action-plan.yaml             | :4:3       | actionPlans has unknown action 'SA11' (did you mean 'SA1'?)
            bad-action-plan.yaml             | :5:49      | actionPlans.SA5.timescale is '2023-13-01'; expected the date the plan is to be completed by, YYYY-MM-DD
            bad-action-plan.yaml             | :5:75      | actionPlans.SA5.requestedSum is 'lots'; expected the sum in pounds
            signed-month.yaml                | :4:14      | SA2.dataMonth is '-2022-07'; expected a month written YYYY-MM from 1900 on
            date-after-deadline.yaml         | :4:34      | after the declaration deadline 2023-02-02
            document-twice.yaml              | :5:10      | document id 'b1' is listed twice (first at line 4)
            unknown-document.yaml            | :6:18      | names document 'board-2022-1', which is not in the documents list (did you mean 'board-2022-01'?)
            list-where-map.yaml              | :4:24      | SA1.reviewStartedInTime is a list; expected {numerator
            bad-answer.yaml                  | :4:31      | SA9.nedSafetyChampion.answer is 'maybe'; expected yes or no
            alias-bomb.yaml                  | :3:1       | unknown key 'a'
            alias.yaml                       | :5:23      | YAML alias *x is not allowed in evidence; expected the value written out in full
            java-type-tag.yaml               | :2:8       | a YAML tag '!!javax.script.ScriptEngineManager'; expected a plain value (evidence files take no tags)
            java-type-tag.yaml               | :2:44      | a YAML tag '!!java.net.URLClassLoader'
            binary-tag.yaml                  | :4:21      | a YAML tag '!!binary'; expected a plain value (evidence files take no tags)
            custom-tag.yaml                  | :4:24      | a YAML tag '!figure'
            java-object-tag.yaml             | :3:9       | a YAML tag '!!java/object:javax.script.ScriptEngineManager'
            tag-directive.yaml               | :1:1       | a YAML directive '%TAG'; expected the evidence to start with schemeYear
            deep-nesting.yaml                | deep-nesting | nested more than 40 levels deep; expected evidence nested a few levels
            two-documents.yaml               | :4:1       | a second YAML document starts here; expected one document per evidence file
            zero-denominator.yaml            | :4:57      | SA5.coordinatorSupernumerary denominator is 0; expected at least 1
            number-not-in-digits.yaml        | :5:27      | SA6.fetalMonitoringLeadWte is '1_000'; expected a number written in digits, for example 0.4
            hex-count.yaml                   | :4:36      | SA1.reviewStartedInTime.numerator is '0x1F'; expected a whole number written in digits
            very-long-string.yaml            | :3:1       | expected at most 100,000 characters in a value
            newline-in-title.yaml            | :4:30      | documents[1].title runs over more than one line; expected it on one line
            ansi-escape-in-trust-name.yaml   | :2:25      | a control character U+001B (escape); expected plain text
            escaped-control-in-title.yaml    | :4:44      | a control character U+001B (escape) in documents[1].title; expected plain text
            escaped-c1-control.yaml          | :4:99      | a control character U+009B (control sequence introducer) in documents[1].keptAt
            bidi-override.yaml               | :4:72      | a bidirectional-text control U+202E (right-to-left override); expected plain text
            nbsp-indent.yaml                 | :4:1       | a non-breaking space (U+00A0) in the indentation; expected a plain space
            zero-width-space-in-key.yaml     | :4:22      | a zero-width space (U+200B), which is invisible; expected nothing there
            wte-1e400.yaml                   | :5:27      | SA6.fetalMonitoringLeadWte is 1e400; expected at most 20 (whole-time equivalents
            huge-requested-sum.yaml          | :4:75      | actionPlans.SA5.requestedSum is 1e400; expected at most 50,000,000 pounds
            huge-count.yaml                  | :4:53      | SA1.reviewStartedInTime.denominator is 447700900123; expected at most 1,000,000
            thousands-separator.yaml         | :4:41      | SA5.coordinatorSupernumerary.numerator is written 1,210, which YAML reads as 1 followed by a key '210'
            day-month-year-date.yaml         | :4:76      | document date '24/02/2022' is not written YYYY-MM-DD (did you mean 2022-02-24?); expected YYYY-MM-DD
            pasted-sum.yaml                  | :6:16      | actionPlans.SA5.timescale is '30/09/2023' (did you mean 2023-09-30?)
            pasted-sum.yaml                  | :7:19      | requestedSum is '£45,000'; expected the sum in pounds, written in digits, for example 45000 (write 45000: no currency sign or separators)
            documents-empty-list-with-entries.yaml | :3:12 | 'documents: []' is an empty list, so the entries under it from line 4 belong to nothing
            inconsistent-indentation.yaml    | :4:4       | this line is indented 3 spaces; the lines above it use 2 (line 3) or 0 (line 2)
            tab-inside-line.yaml             | :4:23      | tab character; expected spaces (YAML does not allow a tab between a key and its value
            board-committees.yaml            | :7:44      | boardCommittees delegatedBy names document qc-tor, approved by Head of Governance; expected a document approved by the Board (Trust Board, Board, Board of Directors or Trust Board of Directors), which alone delegates its authority
            board-committees.yaml            | :8:5       | boardCommittees delegatedBy is missing; expected the id of the Board's document that delegates authority to the committee
            board-committees.yaml            | :9:12      | boardCommittees names 'Trust Board', which is the Board itself; expected a committee of the Board
            board-committees.yaml            | :10:43     | boardCommittees delegatedBy names document 'board-tr', which is not in the documents list (did you mean 'board-tor'?)
            board-committees.yaml            | :11:12     | boardCommittees lists 'quality  COMMITTEE' twice (first at line 7); expected each committee once
            document-before-period.yaml      | :6:18      | document board-2021-08 (dated 2021-08-26) is listed under SA1.boardReports but is dated before the period that starts 6 Sep 2021; expected a document dated on or after 2021-09-06
            """)
    void badFilesAreRefusedWithWhereAndWhat(String file, String where, String message) {
        Path path = Path.of("src/test/resources/bad", file);
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).load(path))
                .isInstanceOfSatisfying(EvidenceException.class, e ->
                        assertThat(e.problems()).as(e.problems().toString()).anySatisfy(p -> {
                            assertThat(p.toString()).contains(path + where.strip().replaceFirst("^[^:].*", ""));
                            assertThat(p.message()).contains(message.strip());
                        }));
    }

    @Test
    void aTabInsideAQuotedValueIsNotCalledIndentationButIsRefusedInTextShownOnOneLine() throws Exception {
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", "schemeYear: 4\ntrust: {name: \"Eastbridge\tTrust\", odsCode: REB}\n"))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).singleElement().hasToString(
                        "t.yaml:2:26: a tab character in trust.name; expected spaces between words (a tab shifts the columns of a report)"));
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", "schemeYear: 4\ntrust: {name: \"Eastbridge\\tTrust\", odsCode: REB}\n"))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).singleElement().hasToString(
                        "t.yaml:2:26: a tab character in trust.name; expected spaces between words (a tab shifts the columns of a report)"));
        // A note may hold tabs and line breaks: it is never shown on one line of a report.
        Evidence e = new EvidenceLoader(PACKS).parse("t.yaml", "schemeYear: 4\ntrust: {name: Eastbridge Trust, odsCode: REB}\n"
                + "documents:\n  - id: b1\n    title: Board report\n    date: 2022-01-27\n    approvedBy: Trust Board\n"
                + "    note: |\n      first\tline\n      second line\n");
        assertThat(e.documents()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            title: "A\\e[2J B"             | 4:23 | a control character U+001B (escape) in documents[1].title
            title: "A\\x1b[2J B"           | 4:23 | a control character U+001B (escape) in documents[1].title
            title: "A\\u001b[2J B"         | 4:23 | a control character U+001B (escape) in documents[1].title
            title: "A\\U0000001b[2J B"     | 4:23 | a control character U+001B (escape) in documents[1].title
            title: "A\\0 B"                | 4:23 | a control character U+0000 (null) in documents[1].title
            title: "A\\N B"                | 4:23 | a control character U+0085 (next line) in documents[1].title
            title: "A\\x7f B"              | 4:23 | a control character U+007F (delete) in documents[1].title
            title: "A\\u202e B"            | 4:23 | a bidirectional-text control U+202E (right-to-left override) in documents[1].title
            title: "A\\u2066 B"            | 4:23 | a bidirectional-text control U+2066 (left-to-right isolate) in documents[1].title
            title: "A\\L B"                | 4:23 | a line separator (U+2028) in documents[1].title; expected plain text on one line
            title: "A\\_B"                 | 4:23 | a non-breaking space (U+00A0) in documents[1].title; expected a plain space
            title: "A\\u200bB"             | 4:23 | a zero-width space (U+200B) in documents[1].title, which is invisible
            title: "A\\nVerdict: 10/10"    | 4:21 | documents[1].title runs over more than one line; expected it on one line
            "title\\e": A                  | 4:20 | a control character U+001B (escape) in a key under documents[1]
            """)
    void escapesInDoubleQuotesAreCheckedAsTheCharactersTheyMake(String field, String at, String message) {
        String text = "schemeYear: 4\ntrust: {name: X Trust, odsCode: RXX}\ndocuments:\n  - {id: b1, " + field.strip()
                + ", date: 2022-01-27, approvedBy: Trust Board}\n";
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", text))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).anySatisfy(p ->
                        assertThat(p.toString()).startsWith("t.yaml:" + at.strip() + ": " + message.strip())));
    }

    @Test
    void rawControlBidiAndInvisibleCharactersAreRefusedAtTheirColumnOnceALineAndNotInACommentLine() {
        String text = "schemeYear: 4\n# a comment\u00a0with a non-breaking space is left alone\n"
                + "trust: {name: \"X\u0007\u0007 Trust\", odsCode: RXX}\ndocuments:\n"
                + "  - {id: b1, title: \"\u202eBoard\", date: 2022-01-27, approvedBy: Trust\u00a0Board}\n";
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", text))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        "t.yaml:3:17: a control character U+0007 (bell); expected plain text (control characters can hide, reorder or"
                                + " rewrite lines of a report)",
                        "t.yaml:5:22: a bidirectional-text control U+202E (right-to-left override); expected plain text (control"
                                + " characters can hide, reorder or rewrite lines of a report)"));
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", "\ufeffschemeYear: 4\ntrust: {name: X\u00a0Trust, odsCode: RXX}\n"))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).singleElement().hasToString(
                        "t.yaml:2:16: a non-breaking space (U+00A0); expected a plain space (it looks the same, but YAML and the checks"
                                + " read it as a letter; it often comes with text pasted from a word processor or a spreadsheet)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            schemeYear: 4\\ntrust: {name: !!str X Trust, odsCode: RXX}              | t.yaml:2:15: a YAML tag '!!str'
            schemeYear: 4\\ntrust: {name: X Trust, odsCode: !<tag:x,1:o> RXX}       | t.yaml:2:33: a YAML tag '!<tag:x,1:o>'
            schemeYear: 4\\ntrust:\\n  !!str name: X Trust\\n  odsCode: RXX        | t.yaml:3:3: a YAML tag '!!str'
            schemeYear: 4\\ntrust: !!map {name: X Trust, odsCode: RXX}              | t.yaml:2:8: a YAML tag '!!map'
            %YAML 1.1\\n---\\nschemeYear: 4\\ntrust: {name: X Trust, odsCode: RXX}  | t.yaml:1:1: a YAML directive '%YAML'
            """)
    void everyTagAndDirectiveIsRefusedWhereItIsWrittenEvenWhereItChangesNothing(String text, String problem) {
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", text.strip().replace("\\n", "\n") + "\n"))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith(problem.strip())));
    }

    @Test
    void numbersAreBoundedByWhatIsPlausibleForTheirKindWithTheBoundInTheMessage() throws Exception {
        String base = "schemeYear: 4\ntrust: {name: X Trust, odsCode: RXX}\n";
        // At the bounds: loads.
        new EvidenceLoader(PACKS).parse("t.yaml", base + "SA6: {consultantLedUnits: 20, fetalMonitoringLeadWte: 20.0}\n"
                + "SA1: {notifiedInTime: {numerator: 1000000, denominator: 1000000}}\n"
                + "actionPlans: {SA5: {requestedSum: 50000000}}\n");
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", base + "SA6: {consultantLedUnits: 21, fetalMonitoringLeadWte: 20.01}\n"
                + "SA1: {notifiedInTime: {numerator: 999999999999999999999999999, denominator: 1000001}}\n"
                + "actionPlans: {SA5: {requestedSum: 50000000.01}}\n"))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        "t.yaml:3:27: SA6.consultantLedUnits is 21; expected at most 20 (consultant-led obstetric units in the trust;"
                                + " a larger value is a typing or paste error)",
                        "t.yaml:3:55: SA6.fetalMonitoringLeadWte is 20.01; expected at most 20 (whole-time equivalents of Fetal"
                                + " Monitoring Lead time in post; a larger value is a typing or paste error)",
                        "t.yaml:4:35: SA1.notifiedInTime.numerator is 99999999999999999999... (27 characters); expected at most 1,000,000"
                                + " (no trust counts more deaths, births, staff or shifts in a reporting period; a larger count is a typing"
                                + " or paste error)",
                        "t.yaml:4:77: SA1.notifiedInTime.denominator is 1000001; expected at most 1,000,000 (no trust counts more deaths,"
                                + " births, staff or shifts in a reporting period; a larger count is a typing or paste error)",
                        "t.yaml:5:35: actionPlans.SA5.requestedSum is 50000000.01; expected at most 50,000,000 pounds (a discretionary"
                                + " payment is much smaller than a trust's incentive contribution; a larger sum is a typing or paste error)"));
    }

    @Test
    void anEmptyTrustNameIsCalledEmpty() {
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", "schemeYear: 4\ntrust: {name: \"\", odsCode: RXX}\n"))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).anySatisfy(p ->
                        assertThat(p.toString()).isEqualTo("t.yaml:2:15: trust.name is empty; expected the trust's name")));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String text = """
                schemeYear: 4
                trust: {name: X Trust, odsCode: RXX}
                SA1:
                  reviewStartedInTme: {numerator: 1, denominator: 2}
                  parentsInformed: {numerator: 3, denominator: 2}
                SA11: {}
                """;
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("x.yaml", text))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void aKeyLeftBlankIsNoEvidenceYetButAQuotedEmptyStringIsAMistake() throws Exception {
        String blank = """
                schemeYear: 4
                trust: {name: X Trust, odsCode: RXX}
                SA1:
                  reviewStartedInTime:
                  boardReports: ~
                """;
        assertThat(new EvidenceLoader(PACKS).parse("x.yaml", blank).facts()).noneMatch(f -> f instanceof Figure || f instanceof DocumentRef);
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("x.yaml", blank.replace("reviewStartedInTime:", "reviewStartedInTime: ''")))
                .isInstanceOfSatisfying(EvidenceException.class, e ->
                        assertThat(e.problems().get(0).toString()).startsWith("x.yaml:4:24: SA1.reviewStartedInTime is empty text"));
    }

    @Test
    void filesAboveTheSizeLimitAreRefusedBeforeParsing() {
        assertThatThrownBy(() -> new EvidenceLoader(PACKS, 100).load(Path.of("evidence-examples/northshire-meets-all-ten.yaml")))
                .isInstanceOfSatisfying(EvidenceException.class, e ->
                        assertThat(e.problems().get(0).message()).contains("above the limit of 100 bytes"));
    }

    @Test
    void theCompliantExampleLoads() throws Exception {
        Evidence e = new EvidenceLoader(PACKS).load(Path.of("evidence-examples/northshire-meets-all-ten.yaml"));
        assertThat(e.trustName()).isEqualTo("Northshire Hospitals NHS Foundation Trust");
        assertThat(e.boardDeclaration()).hasSize(10);
        assertThat(e.facts()).hasAtLeastOneElementOfType(Figure.class).hasAtLeastOneElementOfType(DocumentRef.class);
    }
}
