package org.mischecker.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.mischecker.generate.EvidenceGenerator;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;

/**
 * Whenever the fast reader does not decline, its tree and problems are Jackson's. Inputs are
 * documents built from a grammar of the YAML that evidence files use (block maps and lists,
 * indentless lists, flow collections, plain, folded and quoted scalars, comments, empty values),
 * with words and numbers that YAML types in surprising ways and troublemakers (tabs, anchors,
 * aliases, tags, quotes, '#', ':', odd indentation, unicode) dropped in; and random edits of real
 * evidence files. The share read rather than declined is checked too, so the property is not
 * vacuous. Bounded for CI: a few thousand tries in all, each well under a millisecond.
 */
class YamlTreeFastPathPropertyTest {

    /** Plain scalars as evidence files have them (also safe inside flow collections). */
    private static final List<String> COMMON = List.of("x", "doc-1", "Trust Board", "met", "not met", "SA1.b", "0", "42", "-3",
            "97.5", "0.5", "yes", "no", "true", "2022-01-27", "2022-07", "~", "null", "a#b", "http://x.org/a", "é", "日本語",
            "a'b", "a\"b", "93.1%", "1.4 WTE");

    /** Plain scalars: ordinary text, and everything YAML 1.1 reads as something else or rejects. */
    private static final List<String> PLAIN = List.of("x", "doc-1", "Trust Board", "met", "not met", "Board papers, item 9",
            "0", "42", "-3", "97.5", "0.5", "-0", "-0.0", "00", "007", "1_000", "0x1F", "0o17", "0b101", "010", "+5", "1e3", "1E3",
            ".5", "5.", "1.5e3", "12:30", "190:20:30", "1.4.5", ".inf", "-.inf", ".nan", "99999999999999999999999",
            "yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF", "y", "n", "true", "True", "false", "FALSE", "tRUE",
            "~", "null", "Null", "NULL", "nULL", "<<", "=", "2022-01-27", "2022-07", "2022-1-2", "2022-01-27 10:00:00", "2022-01-27T10:00:00Z",
            "93.1%", "1.4 WTE", "a#b", "a #b", "a: b", "a:b", "http://x.org/a", "x,y", "[x]", "{x}", "x]", "x}", "-x", "- x", "-",
            "--x", "é", "日本語", "\u00a0x", "a'b", "a\"b", "!x", "&a x", "*a", "|", ">", "%x", "@x", "`x`", "?x", "? x", ":x", "x:",
            "--- x", "...", "a\\b", "\\", "a  b", "x\ty", "😀", "x\u0085y", "x\u2028y", "\uFEFFx", "a\u0001b");

    /** Inside quotes: escapes SnakeYAML has and has not, quotes, line breaks, blank lines, '\' line ends. */
    private static final List<String> QUOTED = List.of("x", "Trust Board: minutes", "", " ", "a  b ", "it''s", "it's", "say \\\"hi\\\"",
            "a\\\\b", "\\n\\t\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P\\ ", "\\/", "\\x41", "\\u00e9", "\\uD800", "\\U0001F600", "\\q", "\\x4",
            "a\n  b", "a\n\n  b", "a  \n   b  ", "a\\\n   \\ b", "a\\\n\n  b", "a\n---\nb", "a\n# not a comment\n b", "#", "a #b", "\t",
            "é", "\"", "'", "a\nb", "\n");

    private static final List<String> KEYS = List.of("a", "b", "key", "SA1", "title", "with space", "a1", "dup", "dup", "x.y", "é",
            "\"q\"", "'q'", "a:b", "a #b", "-a", "? a", "&x a", "a ", "[a]", "{a}", "a]", "!!str a", "*a", "1", "null", "~", "<<",
            "a\tb", ".a", "---", "...", "%a");

    /** Dropped into a rendered document at random places. */
    private static final List<String> TROUBLE = List.of("\t", "&a ", "*a", "{", "}", "[", "]", "'", "\"", "#", " #", ":", ": ", "- ", "? ",
            "|", ">", "!", "%", "@", "`", ",", "\n", "\n  ", "\n- ", "  ", " ", "é", "😀", "\u0085", "\r\n", "\r", "\uFEFF", "---\n",
            "...\n", "\\", "~", "1_000", "0x1F", "010", "+5", "1e3", ".5", "5.", "yes", "no");

    enum Op { INSERT, DELETE_CHAR, DUPLICATE_LINE, DELETE_LINE, INDENT, DEDENT }

    record Edit(Op op, int where, int other, String fragment) {
    }

    // ---- properties -----------------------------------------------------------------------------

    @Property(tries = 1500, shrinking = ShrinkingMode.BOUNDED)
    void grammarDocumentsReadAsJacksonReadsThem(@ForAll("grammarDocument") String text) {
        check(text, 30);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void grammarDocumentsWithTroubleReadAsJacksonReadsThemOrAreDeclined(@ForAll("troubledDocument") String text) {
        check(text, 5);
    }

    @Property(tries = 800, shrinking = ShrinkingMode.BOUNDED)
    void editedEvidenceReadsAsJacksonReadsItOrIsDeclined(@ForAll("editedEvidence") String text) {
        check(text, 25);
    }

    /** Not vacuous: at least {@code minReadPercent} of the inputs are read, not declined. */
    private static void check(String text, int minReadPercent) {
        boolean read = YamlTreeFastPathTest.sameAsJacksonOrDeclined("p.yaml", text) != null;
        Statistics.collect(read ? "read" : "declined");
        Statistics.coverage(c -> c.check("read").percentage(p -> p >= minReadPercent));
    }

    // ---- the grammar ----------------------------------------------------------------------------

    @Provide
    Arbitrary<String> grammarDocument() {
        return Arbitraries.randomValue(random -> new Grammar(random, false).document());
    }

    @Provide
    Arbitrary<String> troubledDocument() {
        return Arbitraries.randomValue(random -> new Grammar(random, true).document());
    }

    /**
     * Renders random documents. Without trouble it mostly keeps to what evidence files hold (so
     * most are read); with trouble, the odd words, keys and fragments come in often.
     */
    static final class Grammar {
        private final java.util.Random random;
        private final boolean trouble;
        private final StringBuilder out = new StringBuilder();

        Grammar(java.util.Random random, boolean trouble) {
            this.random = random;
            this.trouble = trouble;
        }

        String document() {
            if (random.nextInt(8) == 0) {
                out.append("---\n");
            }
            if (random.nextInt(4) == 0) {
                out.append("# a comment\n\n");
            }
            map(0, 0, 1 + random.nextInt(5));
            String text = out.toString();
            if (trouble) {
                for (int i = random.nextInt(4); i > 0; i--) {
                    int at = random.nextInt(text.length() + 1);
                    text = text.substring(0, at) + pick(TROUBLE) + text.substring(at);
                }
            }
            return text;
        }

        private boolean odd() {
            return trouble ? random.nextInt(6) == 0 : random.nextInt(40) == 0;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private String key() {
            return odd() ? pick(KEYS) : pick(KEYS.subList(0, 10));
        }

        private void indent(int n) {
            out.append(" ".repeat(Math.max(0, n)));
        }

        /** A block map at column {@code col}; the first key's indentation is already written if {@code inline}. */
        private void map(int col, int depth, int entries) {
            for (int i = 0; i < entries; i++) {
                if (i > 0 || depth == 0) {
                    indent(col + (odd() ? random.nextInt(3) - 1 : 0));
                }
                out.append(key()).append(':');
                value(col, depth, true);
                if (random.nextInt(10) == 0) {
                    out.append(random.nextBoolean() ? "\n" : " ".repeat(random.nextInt(4)) + "# note\n");
                }
            }
        }

        /** After "key:" or "-": the value, ending with a line break. */
        private void value(int col, int depth, boolean inMap) {
            int kind = depth > 4 ? random.nextInt(5) : random.nextInt(10);
            int step = odd() ? random.nextInt(5) : 2;
            switch (kind) {
                case 0, 1 -> {
                    out.append(' ').append(plain());
                    continuation(col);
                    trailing();
                }
                case 2 -> {
                    out.append(' ').append(quoted());
                    trailing();
                }
                case 3 -> {
                    if (random.nextBoolean()) {
                        out.append(' ');
                    }
                    trailing();
                }
                case 4 -> {
                    out.append(' ').append(flow(depth));
                    trailing();
                }
                case 5, 6 -> {
                    trailing();
                    indent(col + step);
                    map(col + step, depth + 1, 1 + random.nextInt(3));
                }
                default -> {
                    trailing();
                    int listCol = inMap && random.nextBoolean() ? col : col + step;
                    list(listCol, depth + 1, 1 + random.nextInt(4));
                }
            }
        }

        private void trailing() {
            if (random.nextInt(8) == 0) {
                out.append(" ".repeat(random.nextInt(3))).append(random.nextBoolean() ? " # c" : "#c");
            }
            out.append('\n');
        }

        /** Folded continuation lines of a plain scalar, some less indented than they may be. */
        private void continuation(int col) {
            while (random.nextInt(5) == 0) {
                if (random.nextInt(3) == 0) {
                    out.append('\n');
                }
                out.append('\n');
                indent(col + 1 + random.nextInt(4) - (odd() ? 2 : 0));
                out.append(odd() ? pick(PLAIN) : pick(COMMON));
            }
        }

        private void list(int col, int depth, int items) {
            for (int i = 0; i < items; i++) {
                indent(col);
                out.append('-');
                int kind = random.nextInt(6);
                if (kind < 3) {
                    value(col, depth, false);
                } else {
                    int gap = odd() ? random.nextInt(4) : 1;
                    out.append(" ".repeat(gap));
                    map(col + 1 + gap, depth + 1, 1 + random.nextInt(3));
                }
            }
        }

        private String plain() {
            return odd() ? pick(PLAIN) : pick(COMMON);
        }

        private String quoted() {
            String body = odd() ? pick(QUOTED) : pick(QUOTED.subList(0, 15));
            if (random.nextBoolean()) {
                return "'" + body.replace("\\\"", "\"") + "'";
            }
            return "\"" + body.replace("''", "'") + "\"";
        }

        private String flow(int depth) {
            if (depth > 3 || random.nextInt(4) == 0) {
                return random.nextBoolean() ? "[]" : "{}";
            }
            StringBuilder f = new StringBuilder();
            boolean isMap = random.nextBoolean();
            f.append(isMap ? '{' : '[');
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    f.append(odd() ? "," : ", ");
                }
                if (isMap) {
                    f.append(odd() ? pick(KEYS) : pick(KEYS.subList(0, 8))).append(odd() ? ":" : ": ");
                }
                int item = random.nextInt(6);
                f.append(item == 0 ? quoted() : item == 1 ? flow(depth + 1) : plain());
            }
            if (odd()) {
                f.append(random.nextBoolean() ? "," : " ");
            }
            return f.append(isMap ? '}' : ']').toString();
        }
    }

    // ---- edits of real files --------------------------------------------------------------------

    private static final List<String> REAL = realFiles();

    private static List<String> realFiles() {
        List<String> files = new ArrayList<>();
        for (Path p : YamlTreeFastPathTest.yamlFiles("evidence-examples")) {
            files.add(YamlTreeFastPathTest.read(p));
        }
        try {
            SchemePacks packs = SchemePacks.fromDirectory(Path.of("rules"));
            EvidenceGenerator generator = new EvidenceGenerator(packs.year(4), RuleBook.build(packs.year(4)).catalogue());
            ObjectMapper cli = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
            files.add(cli.writeValueAsString(generator.trust(5, 1)));
            files.add(new ObjectMapper(new YAMLFactory()).writeValueAsString(generator.trust(5, 2)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    @Provide
    Arbitrary<String> editedEvidence() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.of(TROUBLE)).as(Edit::new);
        return Combinators.combine(Arbitraries.of(REAL), edit.list().ofMinSize(1).ofMaxSize(3)).as(YamlTreeFastPathPropertyTest::apply);
    }

    /** Edits near each other matter most, so each edit lands on a line near the previous one. */
    static String apply(String text, List<Edit> edits) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int near = -1;
        for (Edit e : edits) {
            int i = near < 0 ? e.where() % lines.size() : Math.floorMod(near + e.where() % 5 - 2, lines.size());
            near = i;
            String line = lines.get(i);
            switch (e.op()) {
                case INSERT -> {
                    int c = e.other() % (line.length() + 1);
                    lines.set(i, line.substring(0, c) + e.fragment() + line.substring(c));
                }
                case DELETE_CHAR -> {
                    if (!line.isEmpty()) {
                        int c = e.other() % line.length();
                        lines.set(i, line.substring(0, c) + line.substring(c + 1));
                    }
                }
                case DUPLICATE_LINE -> lines.add(i, line);
                case DELETE_LINE -> lines.remove(i);
                case INDENT -> lines.set(i, " ".repeat(1 + e.other() % 3) + line);
                case DEDENT -> lines.set(i, line.startsWith(" ") ? line.substring(1) : line);
            }
            if (lines.isEmpty()) {
                break;
            }
        }
        return String.join("\n", lines);
    }
}
