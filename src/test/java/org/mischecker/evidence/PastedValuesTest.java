package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mischecker.scheme.SchemePacks;

/** Values as a spreadsheet writes them are recognised, and the message says how to write them. */
class PastedValuesTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            24/02/2022  | did you mean 2022-02-24?
            24-02-2022  | did you mean 2022-02-24?
            24.02.2022  | did you mean 2022-02-24?
            2022/02/24  | did you mean 2022-02-24?
            2022-2-4    | did you mean 2022-02-04?
            02/24/2022  | did you mean 2022-02-24?
            03/02/2022  | did you mean 2022-02-03, 3 February, or 2022-03-02, 2 March?
            05/05/2022  | did you mean 2022-05-05?
            31/02/2022  | none
            24/02/22    | none
            2022-02-30  | none
            yesterday   | none
            """)
    void aDateWrittenAnotherWayGetsTheYyyyMmDdItWouldBeOnlyWhenThatIsAClearRealDate(String written, String suggestion) {
        assertThat(DateText.suggestDay(written)).isEqualTo(suggestion);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            07/2022  | did you mean 2022-07?
            7-2022   | did you mean 2022-07?
            2022/07  | did you mean 2022-07?
            2022-7   | did you mean 2022-07?
            13/2022  | none
            July     | none
            """)
    void aMonthWrittenAnotherWayGetsItsYyyyMm(String written, String suggestion) {
        assertThat(DateText.suggestMonth(written)).isEqualTo(suggestion);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4,210       | true  | ' (write 4210: no thousands separators)'
            1,234,567   | true  | ' (write 1234567: no thousands separators)'
            4 210       | true  | ' (write 4210: no thousands separators)'
            £45,000     | false | ' (write 45000: no currency sign or separators)'
            £45000      | false | ' (write 45000: no currency sign)'
            0,8         | false | ' (write 0.8: a decimal point, not a comma)'
            93%         | true  | ' (give counts, not a percentage)'
            forty       | true  | ''
            """)
    void aNumberPastedWithSeparatorsOrASignIsToldHowToBeWritten(String written, boolean whole, String hint) {
        assertThat(Pasted.numberHint(written, whole)).isEqualTo(hint);
    }

    @Test
    void aNumberWithThousandsSeparatorsInsideBracesIsNamedAtTheNumberNotAsKeys() {
        String text = """
                schemeYear: 4
                trust: {name: X Trust, odsCode: RXX}
                SA1:
                  notifiedInTime: {numerator: 4,210, denominator: 4,210}
                  reviewStartedInTime: {numerator: 1,234,567, denominator: 2}
                """;
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", text))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        "t.yaml:4:31: SA1.notifiedInTime.numerator is written 4,210, which YAML reads as 4 followed by a key '210'"
                                + " (a comma ends a value inside {...}); expected 4210, written without thousands separators",
                        "t.yaml:4:51: SA1.notifiedInTime.denominator is written 4,210, which YAML reads as 4 followed by a key '210'"
                                + " (a comma ends a value inside {...}); expected 4210, written without thousands separators",
                        "t.yaml:5:36: SA1.reviewStartedInTime.numerator is written 1,234,567, which YAML reads as 1 followed by keys"
                                + " '234', '567' (a comma ends a value inside {...}); expected 1234567, written without thousands separators"));
    }

    @Test
    void aKeyThatIsReallyThreeDigitsIsStillAnUnknownKey() {
        String text = "schemeYear: 4\ntrust: {name: X Trust, odsCode: RXX}\nSA1:\n  notifiedInTime: {numerator: 4, 210: 5, denominator: 4}\n";
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", text))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).singleElement().hasToString(
                        "t.yaml:4:34: unknown key '210'; expected one of numerator, denominator, source, note"));
    }
}
