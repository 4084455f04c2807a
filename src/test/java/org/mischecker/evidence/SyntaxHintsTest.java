package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mischecker.scheme.SchemePacks;

/** YAML syntax errors are said in the user's terms, at the character that caused them, not as the parser's "while parsing a block mapping". */
class SyntaxHintsTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));
    private static final String TOP = "schemeYear: 4\\ntrust: {name: X Trust, odsCode: RXX}\\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a key indented more than its sibling, whose value is on its line | schemeYear: 4\\ntrust:\\n  name: X Trust\\n   odsCode: RXX\\n \
                | t.yaml:4:4: this line is indented 3 spaces; the lines above it use 2 (line 3) or 0 (line 2); expected 2 spaces, like line 3, for another key of the same map (line 3 already has a value, so nothing can go under it)
            a key indented less than its siblings                            | schemeYear: 4\\ntrust:\\n  name: X Trust\\n odsCode: RXX\\n \
                | t.yaml:4:2: this line is indented 1 space; the lines above it use 2 (line 3) or 0 (line 2); expected the indentation of the other keys of its map
            a key of a figure between two levels                             | TOP SA1:\\n  reviewStartedInTime:\\n    numerator: 1\\n   denominator: 2\\n \
                | t.yaml:6:4: this line is indented 3 spaces; the lines above it use 4 (line 5), 2 (line 4) or 0 (line 3); expected the indentation of the other keys of its map
            a key of a listed document between two levels                    | TOP documents:\\n  - id: b1\\n    title: A\\n   date: 2022-01-01\\n \
                | t.yaml:6:4: this line is indented 3 spaces; the lines above it use 4 (line 5), 2 (line 4) or 0 (line 3); expected the indentation of the other keys of its map
            entries under the template's documents: []                      | TOP documents: []\\n  - {id: b1, title: A, date: 2022-01-01, approvedBy: B}\\n \
                | t.yaml:3:12: 'documents: []' is an empty list, so the entries under it from line 4 belong to nothing; expected 'documents:' without the [] when entries follow (remove the [] before adding entries)
            entries at the key's own indentation, with a comment            | TOP documents: [ ]  # none yet\\n- id: b1\\n \
                | t.yaml:3:12: 'documents: []' is an empty list, so the entries under it from line 4 belong to nothing
            keys under SA1: {}                                               | TOP SA1: {}\\n  reviewStartedInTime: {numerator: 1, denominator: 2}\\n \
                | t.yaml:3:6: 'SA1: {}' is an empty map, so the keys under it from line 4 belong to nothing; expected 'SA1:' without the {} when keys follow (remove the {} before adding keys)
            a tab between a key and its value                                | TOP SA1:\\n  boardReports:\\t[b1]\\n \
                | t.yaml:4:16: tab character; expected spaces (YAML does not allow a tab between a key and its value, nor between the entries of {...} or [...], except inside quotes)
            a tab between the entries of a flow map                          | TOP SA1:\\n  parentsInformed: {numerator: 1,\\tdenominator: 2}\\n \
                | t.yaml:4:34: tab character; expected spaces
            anything else keeps the parser's words                           | TOP SA1: [unclosed\\n \
                | t.yaml:3:15: not valid YAML: while parsing a flow sequence
            """)
    void aSyntaxErrorIsSaidInTheUsersTerms(String shape, String text, String message) {
        String yaml = text.strip().replace("TOP ", TOP).replace("\\n", "\n").replace("\\t", "\t");
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).parse("t.yaml", yaml))
                .isInstanceOfSatisfying(EvidenceException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith(message.strip())));
    }
}
