package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mischecker.evidence.YamlTree.Entry;
import org.mischecker.evidence.YamlTree.ListNode;
import org.mischecker.evidence.YamlTree.MapNode;
import org.mischecker.evidence.YamlTree.Node;
import org.mischecker.evidence.YamlTree.ScalarNode;
import org.mischecker.generate.EvidenceGenerator;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;

/**
 * The fast reader ({@link BlockYamlReader}) against the Jackson path it stands in for: on every
 * file it reads, the tree (nodes, key order, text, token kinds, lines and columns) and the problems
 * must be the same; where it is not sure it must decline. It must not decline on real evidence,
 * or it is of no use.
 */
class YamlTreeFastPathTest {

    /** The fast tree, having checked it equals Jackson's; null when the fast reader declined. */
    static Node sameAsJacksonOrDeclined(String name, String text) {
        List<Problem> fastProblems = new ArrayList<>();
        Node fast = BlockYamlReader.readStrict(name, text, fastProblems);
        if (fast == null) {
            assertThat(fastProblems).as("a decline adds no problems").isEmpty();
            return null;
        }
        List<Problem> jacksonProblems = new ArrayList<>();
        Node jackson = YamlTree.parseWithJackson(name, text, jacksonProblems);
        assertThat(jackson).as("Jackson reads what the fast reader read: " + name).isNotNull();
        String fastTree = describe(fast);
        String jacksonTree = describe(jackson);
        assertThat(fastTree).as(name + ": " + firstDifference(fastTree, jacksonTree)).isEqualTo(jacksonTree);
        assertThat(fast).as(name).isEqualTo(jackson);
        assertThat(fastProblems).as(name).isEqualTo(jacksonProblems);
        return fast;
    }

    private static String firstDifference(String fast, String jackson) {
        String[] a = fast.split("\n");
        String[] b = jackson.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "fast has [" + a[i].strip() + "] where Jackson has [" + b[i].strip() + "]";
            }
        }
        return "one tree is longer";
    }

    /** Everything in a tree, maps in their order, one node a line, so a difference shows where it is. */
    static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, "", out);
        return out.toString();
    }

    private static void describe(Node node, String indent, StringBuilder out) {
        String at = node.at().file() + ":" + node.at().line() + ":" + node.at().column();
        if (node instanceof MapNode map) {
            out.append(indent).append("map ").append(at).append('\n');
            for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
                Entry entry = e.getValue();
                assertThat(entry.key()).isEqualTo(e.getKey());
                out.append(indent).append("  key ").append(quote(entry.key())).append(' ')
                        .append(entry.keyAt().line()).append(':').append(entry.keyAt().column()).append('\n');
                describe(entry.value(), indent + "    ", out);
            }
        } else if (node instanceof ListNode list) {
            out.append(indent).append("list ").append(at).append('\n');
            for (Node item : list.items()) {
                describe(item, indent + "  ", out);
            }
        } else {
            ScalarNode scalar = (ScalarNode) node;
            out.append(indent).append(scalar.token()).append(' ')
                    .append(scalar.text() == null ? "<null>" : quote(scalar.text())).append(' ').append(at).append('\n');
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    // ---- corpus ---------------------------------------------------------------------------------

    static List<Path> yamlFiles(String dir) {
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryExampleAsJacksonDoes() {
        List<Path> examples = yamlFiles("evidence-examples");
        assertThat(examples).isNotEmpty();
        for (Path p : examples) {
            assertThat(sameAsJacksonOrDeclined(p.toString(), read(p))).as("not declined: " + p).isNotNull();
            // The same file with Windows line ends reads the same (positions included).
            assertThat(sameAsJacksonOrDeclined(p.toString(), read(p).replace("\n", "\r\n"))).as("CRLF: " + p).isNotNull();
        }
    }

    /** Bad evidence, case and challenge files, the rule packs' YAML: read the same or declined. */
    @Test
    void readsOrDeclinesEveryOtherYamlFileOfTheProject() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources", "rules", "src/main/resources")) {
            if (Files.isDirectory(Path.of(dir))) {
                files.addAll(yamlFiles(dir));
            }
        }
        assertThat(files).hasSizeGreaterThan(40);
        int read = 0;
        for (Path p : files) {
            if (sameAsJacksonOrDeclined(p.toString(), read(p)) != null) {
                read++;
            }
        }
        System.out.printf("fast YAML reader: read %d of %d project YAML files, declined %d%n", read, files.size(), files.size() - read);
        assertThat(read).as("most of them are the plain subset").isGreaterThan(files.size() / 2);
    }

    @Test
    void readsEveryGeneratedFileAsJacksonDoes() throws Exception {
        SchemePacks packs = SchemePacks.fromDirectory(Path.of("rules"));
        EvidenceGenerator generator = new EvidenceGenerator(packs.year(4), RuleBook.build(packs.year(4)).catalogue());
        // As `mis generate` writes them (plain where it can, folded long titles), and as Jackson's
        // defaults write them (everything quoted, a "---" first).
        ObjectMapper cli = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
        ObjectMapper quoted = new ObjectMapper(new YAMLFactory());
        int files = 0;
        int declined = 0;
        for (int i = 0; i < 500; i++) {
            ObjectMapper yaml = i % 2 == 0 ? cli : quoted;
            String text = "# generated " + i + "\n" + yaml.writeValueAsString(generator.trust(7 + i / 100, i));
            files++;
            if (sameAsJacksonOrDeclined("generated-" + i + ".yaml", text) == null) {
                declined++;
            }
        }
        System.out.printf("fast YAML reader: declined %d of %d generated files%n", declined, files);
        assertThat(declined).isZero();
    }

    // ---- the tricky cases, each with its tree or a decline ---------------------------------------

    static Node fast(String text) {
        return sameAsJacksonOrDeclined("t.yaml", text);
    }

    static ScalarNode scalar(Node map, String... path) {
        Node node = map;
        for (String key : path) {
            node = ((MapNode) node).entries().get(key).value();
        }
        return (ScalarNode) node;
    }

    @Test
    void typesPlainScalarsAsJacksonDoes() {
        Node root = fast("""
                a: 0
                b: 42
                c: -3
                d: 97.5
                e: true
                f: no
                g: 2022-01-27
                h: 2022-07
                i: ~
                j: null
                k: 'yes'
                l: ''
                m: "12"
                n: 93.1%
                o: 1.4 WTE
                p: Trust Board
                q: y
                r: -0
                s: nULL
                """);
        assertThat(root).isNotNull();
        assertThat(scalar(root, "a").token()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        assertThat(scalar(root, "c").token()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        assertThat(scalar(root, "d").token()).isEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
        assertThat(scalar(root, "e").token()).isEqualTo(JsonToken.VALUE_TRUE);
        assertThat(scalar(root, "f").token()).isEqualTo(JsonToken.VALUE_FALSE);
        assertThat(scalar(root, "g").token()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(scalar(root, "h").token()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(scalar(root, "i").text()).isNull();
        assertThat(scalar(root, "j").token()).isEqualTo(JsonToken.VALUE_NULL);
        assertThat(scalar(root, "k").token()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(scalar(root, "l")).isEqualTo(new ScalarNode("", JsonToken.VALUE_STRING, new Location("t.yaml", 12, 4)));
        assertThat(scalar(root, "q").token()).isEqualTo(JsonToken.VALUE_STRING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1_000", "+5", "0x1F", "010", "1e3", ".5", "5.", ".inf", "-.inf", ".nan", "0b101",
        "190:20:30", "12:30", "1234567890123456789012", "00.5", "1.5e3"})
    void declinesNumbersThatAreNotPlainDecimals(String value) {
        assertThat(fast("a: " + value + "\n")).as(value).isNull();
        assertThat(fast("a: [" + value + "]\n")).as(value).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n", // anchors, aliases
        "a: !!str 1\n", // tags
        "a: |\n  text\n", "a: >\n  text\n", // block scalars
        "? a\n: b\n", // complex key
        "%YAML 1.1\n---\na: 1\n", // directive
        "a: 1\n---\nb: 2\n", "a: 1\n...\n", "--- a: 1\n", "...\na: 1\n", // more documents, document end, text after "---"
        " ---\na: 1\n", // an indented "---" is text, here folded into a root scalar
        "\"a\": 1\n", "'a': 1\n", // quoted keys
        "a:\tb\n", "a:\n\tb: 1\n", // tabs
        "\uFEFFa: 1\n", "a: \u0001\n", "a: \u0085\n", "a: x\u2028y\n", "a: \uD83D\uDE00\n", // BOM, non-printable, NEL, LS, emoji
        "a: 1\rb: 2\n", // a lone CR
        "a: b: c\n", "a: x\n  b: 1\n", "a: 1\n b: 2\n", // a value with ": ", stray indentation
        "a: \"x\" y\n", "a: [x] y\n", // garbage after a value
        "a:\n  text on the next line\n", // a scalar below its key
        "- a\n- b\n", "just text\n", "", "# only a comment\n", // not a map at the top
        "a: - b\n", "a:\n  - - b\n", // list entries where they cannot be
        "a: {b: 1,}\n", "a: [b,]\n", "a: {b}\n", "a: {b:c}\n", "a: {b: }\n", "a: [b: c]\n", // odd flow
        "a: [b,\n  c]\n", "a: {b: 1 # c\n}\n", // flow over lines
        "a: \"x\\/y\"\n", "a: \"x\\q\"\n", "a: \"\\U00110000\"\n", // escapes YAML 1.1 lacks, beyond Unicode
        "a: \"unclosed\n", "a: 'x\n---\ny'\n", // an unclosed quote, a document marker inside one
        "a : 1\n", "-a: 1\n", ".a: 1\n", // odd keys
        "a: <<\n", // a merge key as a value: Jackson gives text, but it is not worth following
        "a: @x\n", "a: `x`\n", "a: %x\n", "a: -x\n", "a: ?x\n", "a: :x\n", // indicators starting a value
    })
    void declines(String text) {
        List<Problem> problems = new ArrayList<>();
        assertThat(BlockYamlReader.readStrict("t.yaml", text, problems)).as(text).isNull();
        assertThat(problems).isEmpty();
    }

    /** Odd but valid, and read exactly: each is compared with Jackson's tree by {@link #fast}. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a:: b\n", // the key is "a:" (a ':' not followed by a space is text)
        "a: b :c\n", "a: x,y [z] {w}\n", "a: http://x.org/a?b=c#d\n", "a#b: c\n", "a[0]: x\n", "it's: x\n",
        "é: ü\n", "a: -1.5\n", "a: 0o17\n", "a: 2022-13-45\n", "a: 2022-1-2 10:00:00\n", "a: =\n",
        "a: {b:: c, d: e:f}\n", "a: [b:c, 'd', \"e\"]\n", "a: ~x\n", "a: 'x'  # c\n", "a: {}#c\n",
        "a:\n\n\n  # c\n\n  b: 1\n", "a: 1\n\n\n", "a: x", "a:", "a:\n- b\n-\n- c\n",
    })
    void readsOddButValidYamlExactly(String text) {
        assertThat(fast(text)).as(text).isNotNull();
    }

    @Test
    void foldsMultiLinePlainScalarsAsSnakeYamlDoes() {
        Node root = fast("""
                a: quarterly reports to the Trust Board on every death reviewed and the resulting
                  action plans
                b: one
                  two

                  three


                  four\s\s
                  # a comment ends it
                c: x#y
                d: x  y   # comment
                e: value - b c [d] {e} "f" 'g'
                  - continued: no
                """.replace("continued: no", "continued no"));
        assertThat(root).isNotNull();
        assertThat(scalar(root, "a").text()).isEqualTo("quarterly reports to the Trust Board on every death reviewed and the resulting action plans");
        assertThat(scalar(root, "b").text()).isEqualTo("one two\nthree\n\nfour");
        assertThat(scalar(root, "c").text()).isEqualTo("x#y");
        assertThat(scalar(root, "d").text()).isEqualTo("x  y");
        assertThat(scalar(root, "e").text()).isEqualTo("value - b c [d] {e} \"f\" 'g' - continued no");
        assertThat(scalar(root, "e").at()).isEqualTo(new Location("t.yaml", 13, 4));
    }

    @Test
    void readsQuotedScalarsWithEscapesAndFolding() {
        Node root = fast("""
                a: "quarterly audits of the transitional care pathway, shared with the neonatal\\
                    \\ safety champion"
                b: 'it''s "here" \\n'
                c: "tab\\t quote\\" backslash\\\\ e\\u00e9 x\\x41 nul\\0 nel\\N nbsp\\_ space\\ "
                d: "folded
                   over

                   lines  "
                e: 'single
                  folded'
                f: "joined\\
                   \\
                   here"
                """);
        assertThat(root).isNotNull();
        assertThat(scalar(root, "a").text()).isEqualTo("quarterly audits of the transitional care pathway, shared with the neonatal safety champion");
        assertThat(scalar(root, "b").text()).isEqualTo("it's \"here\" \\n");
        assertThat(scalar(root, "c").text()).isEqualTo("tab\t quote\" backslash\\ e\u00e9 xA nul\0 nel\u0085 nbsp\u00a0 space ");
        assertThat(scalar(root, "d").text()).isEqualTo("folded over\nlines  ");
        assertThat(scalar(root, "e").text()).isEqualTo("single folded");
        assertThat(scalar(root, "f").text()).isEqualTo("joinedhere");
        assertThat(scalar(root, "d").token()).isEqualTo(JsonToken.VALUE_STRING);
    }

    @Test
    void placesEmptyValuesJustAfterTheirIndicator() {
        Node root = fast("""
                a:
                b:   # nothing yet
                c:
                  - x
                  -
                  -   # empty
                d:
                - y
                """);
        assertThat(root).isNotNull();
        assertThat(scalar(root, "a")).isEqualTo(new ScalarNode(null, JsonToken.VALUE_NULL, new Location("t.yaml", 1, 3)));
        assertThat(scalar(root, "b").at()).isEqualTo(new Location("t.yaml", 2, 3));
        ListNode c = (ListNode) ((MapNode) root).entries().get("c").value();
        assertThat(c.at()).isEqualTo(new Location("t.yaml", 4, 3));
        assertThat(c.items().get(1).at()).isEqualTo(new Location("t.yaml", 5, 4));
        assertThat(c.items().get(2).at()).isEqualTo(new Location("t.yaml", 6, 4));
        ListNode d = (ListNode) ((MapNode) root).entries().get("d").value();
        assertThat(d.at()).as("an indentless list starts at its first '-'").isEqualTo(new Location("t.yaml", 8, 1));
    }

    @Test
    void readsListsOfMapsAtTheirKeyAndFlowCollectionsAtTheirBracket() {
        Node root = fast("""
                ---
                # documents
                documents:
                - id: doc-1
                  title: x
                -   id: doc-2
                    date: 2022-01-01
                - {id: doc-3, title: "Board: minutes", date: 2022-02-01}
                nested:
                  - a:
                    - 1
                    - [2, 'three', {four: 4.5}]
                    b: {}
                  - []
                """);
        assertThat(root).isNotNull();
        ListNode docs = (ListNode) ((MapNode) root).entries().get("documents").value();
        assertThat(docs.items().get(0).at()).isEqualTo(new Location("t.yaml", 4, 3));
        assertThat(docs.items().get(1).at()).isEqualTo(new Location("t.yaml", 6, 5));
        assertThat(docs.items().get(2).at()).isEqualTo(new Location("t.yaml", 8, 3));
        assertThat(((MapNode) docs.items().get(2)).entries().get("title").keyAt()).isEqualTo(new Location("t.yaml", 8, 15));
    }

    @Test
    void reportsDuplicateKeysAsTheJacksonPathDoes() {
        List<Problem> problems = new ArrayList<>();
        Node root = BlockYamlReader.readStrict("t.yaml", "a: 1\nb:\n  c: {d: 1, d: 2}\n  c: 3\na: 4\n", problems);
        assertThat(root).isNotNull();
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "t.yaml:3:13: duplicate key 'd' (first at line 3); expected each key once",
                "t.yaml:4:3: duplicate key 'c' (first at line 3); expected each key once",
                "t.yaml:5:1: duplicate key 'a' (first at line 1); expected each key once");
        fast("a: 1\nb:\n  c: {d: 1, d: 2}\n  c: 3\na: 4\n");
    }

    @Test
    void readsCommentsRightAfterAQuoteOrBracketAndEscapesBeyondTheBmpAndAnIndentedRoot() {
        Node root = fast("  a: \"x\"#c\n  b: [y]#c\n  c: \"\\U0001F600 \\uD800\"\n  d: e#f\n");
        assertThat(root).isNotNull();
        assertThat(root.at()).isEqualTo(new Location("t.yaml", 1, 3));
        assertThat(scalar(root, "a").text()).isEqualTo("x");
        assertThat(scalar(root, "c").text()).isEqualTo("\uD83D\uDE00 \uD800");
        assertThat(scalar(root, "d").text()).as("after a plain scalar '#' is text").isEqualTo("e#f");
        assertThat(fast("  a: 1\nb: 2\n")).as("a line left of the root").isNull();
    }

    @Test
    void crlfLineEndsReadAsLineFeeds() {
        assertThat(fast("a: one\r\n  two\r\nb: \"x\\\r\n  y\"\r\nc:\r\n- 1\r\n")).isNotNull();
    }

    @Test
    void parseUsesTheFastReaderAndFallsBackForEverythingElse() {
        List<Problem> problems = new ArrayList<>();
        assertThat(BlockYamlReader.read("t.yaml", "a: |\n  two\n  lines\nb: 1\n", new ArrayList<>())).isNull();
        assertThat(YamlTree.parse("t.yaml", "a: |\n  two\n  lines\nb: 1\n", problems)).isInstanceOf(MapNode.class);
        assertThat(problems).isEmpty();
        // Aliases are read by Jackson, which reports them: evidence is written out in full.
        assertThat(YamlTree.parse("t.yaml", "a: &x 1\nb: *x\n", problems)).isInstanceOf(MapNode.class);
        assertThat(problems).singleElement().extracting(Problem::message).asString().startsWith("YAML alias *x is not allowed");
        problems.clear();
        assertThat(YamlTree.parse("t.yaml", "a: [unclosed\n", problems)).isNull();
        assertThat(problems).singleElement().extracting(Problem::message).asString().startsWith("not valid YAML");
    }
}
