package org.mischecker.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document's approvedBy names a body only when it is one of the body's names, matched whole. */
class BodyTest {

    private static final Body BOARD = SchemePacks.fromDirectory(java.nio.file.Path.of("rules")).year(4).bodies().get("board");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trust Board                     | true
            trust board                     | true
            Board                           | true
            BOARD  OF   DIRECTORS           | true
            Board of Directors.             | true
            Trust Board (public meeting)    | true
            Trust-Board                     | true
            LMNS board                      | false
            Board-level safety champion     | false
            Board safety champion           | false
            Quality committee               | false
            Trust Board and Quality committee | false
            (Trust Board)                   | false
            ''                              | false
            """)
    void theBoardIsNamedOnlyByOneOfItsNamesMatchedWhole(String approvedBy, boolean named) {
        assertThat(BOARD.isNamedBy(approvedBy)).isEqualTo(named);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trust Board (public meeting) | trust board
            'Board-level  safety, champion' | board level safety champion
            MVP Service-User Chair       | mvp service user chair
            """)
    void namesAreComparedIgnoringCaseSpacesPunctuationAndAClosingNote(String text, String normal) {
        assertThat(Body.normalise(text)).isEqualTo(normal);
    }

    @org.junit.jupiter.api.Test
    void theBoardSaysWhatItIsAndThatACommitteeCanStandForIt() {
        assertThat(BOARD.wording()).isEqualTo("the Trust Board (or a Board committee with delegated authority)");
        assertThat(BOARD.shortWording()).isEqualTo("the Trust Board");
        assertThat(BOARD.delegation()).isEqualTo("board.delegatedCommittees");
    }
}
