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
            unknown-scheme-year.yaml         | :1:13      | schemeYear 9 has no rule pack; expected one of 4
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
            java-type-tag.yaml               | :2:8       | trust is a list; expected a map
            deep-nesting.yaml                | deep-nesting | nested more than 40 levels deep; expected evidence nested a few levels
            two-documents.yaml               | :4:1       | a second YAML document starts here; expected one document per evidence file
            zero-denominator.yaml            | :4:57      | SA5.coordinatorSupernumerary denominator is 0; expected at least 1
            number-not-in-digits.yaml        | :5:27      | SA6.fetalMonitoringLeadWte is '1_000'; expected a number written in digits, for example 0.4
            hex-count.yaml                   | :4:36      | SA1.reviewStartedInTime.numerator is '0x1F'; expected a whole number written in digits
            very-long-string.yaml            | :3:1       | expected at most 100,000 characters in a value
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
    void aTabInsideAQuotedValueIsTextNotIndentation() throws Exception {
        Evidence e = new EvidenceLoader(PACKS).parse("t.yaml", "schemeYear: 4\ntrust: {name: \"Eastbridge\tTrust\", odsCode: REB}\n");
        assertThat(e.trustName()).isEqualTo("Eastbridge\tTrust");
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
