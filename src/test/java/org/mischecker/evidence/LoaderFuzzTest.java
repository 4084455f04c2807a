package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.mischecker.scheme.ActionInfo;
import org.mischecker.scheme.EvidenceKey;
import org.mischecker.scheme.SchemePacks;

/**
 * Whatever text it is given, the loader either returns evidence or refuses it with problems that
 * say what is wrong; it never throws anything else and never hangs. Inputs are random edits of a
 * real evidence file (so the parser and every branch of the loader are reached) and random text.
 * Bounded for CI: about a thousand tries per property (each a few milliseconds), 2 s per input.
 */
class LoaderFuzzTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));
    private static final EvidenceLoader LOADER = new EvidenceLoader(PACKS);
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final List<String> BASE = lines(Path.of("evidence-examples/northshire-meets-all-ten.yaml"));

    /** Fragments that YAML and the loader treat specially. */
    private static final List<String> FRAGMENTS = List.of("\t", ":", ": ", "[", "]", "{", "}", "- ", "&a ", "*a", "*b",
            "!!binary ", "!!python/object:x ", "!<tag:yaml.org,2002:str> ", "? ", "|", ">-", "'", "\"", "#", "%YAML 1.2\n",
            "---\n", "...\n", "~", "null", "-1", "1e400", "99999999999999999999", "0x1F", "2022-02-30", "\u0000", "\uFEFF",
            "\uD800", "&a [*a, *a, *a]", "<<: *a", "  ", "\n", "\r\n", ",", "@", "`", "%");

    /** Values put in place of a real one: numbers as YAML 1.1 spells them (which Java's parsers may not read), and other kinds. */
    private static final List<String> VALUES = List.of(".inf", "-.inf", ".nan", "0x1F", "0b101", "0o17", "017", "1_000",
            "190:20:30", "1e9999999999", "1e-400", "+12", "-0", "", "~", "[]", "{}", "yes", "\"\"", "2022-13", "*a", "&a x");

    enum Op { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, FLIP_CHAR, INSERT_FRAGMENT, REPLACE_VALUE, TRUNCATE }

    record Edit(Op op, int where, int other, String fragment, String value) {
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void editedEvidenceLoadsOrIsRefusedWithProblems(@ForAll("editedEvidence") String text) {
        loadsOrIsRefused(text);
    }

    @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
    void randomTextLoadsOrIsRefusedWithProblems(@ForAll("randomText") String text) {
        loadsOrIsRefused(text);
    }

    /**
     * Random edits reach a given key's value only now and then; this tries every odd value in every
     * key of the catalogue, and in the fields inside it, so a kind-specific parse is never missed.
     */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyKeyTakesEveryOddValueWithoutCrashing(@ForAll("keyWithOddValue") String text) {
        loadsOrIsRefused(text);
    }

    @Provide
    Arbitrary<String> keyWithOddValue() {
        List<String> sections = new ArrayList<>();
        for (ActionInfo action : PACKS.year(4).actions()) {
            for (EvidenceKey key : action.evidence().values()) {
                String group = key.groups().isEmpty() ? "x" : key.groups().get(0);
                List<String> shapes = switch (key.kind()) {
                    case FIGURE -> List.of("%s", "{numerator: %s, denominator: 5, source: d1}", "{numerator: 1, denominator: %s}",
                            "{numerator: 1, denominator: 5, source: %s}");
                    case GROUP_FIGURES -> List.of("%s", "{" + group + ": %s}", "{" + group + ": {numerator: %s, denominator: 5}}");
                    case DECLARATION -> List.of("%s", "{answer: %s, evidence: d1}", "{answer: yes, evidence: %s}");
                    case DOCUMENTS -> List.of("%s", "[%s]", "[d1, %s]");
                    default -> List.of("%s");
                };
                shapes.forEach(shape -> sections.add(action.id() + ":\n  " + key.name() + ": " + shape + "\n"));
            }
        }
        return Combinators.combine(Arbitraries.of(sections), Arbitraries.of(VALUES)).as((section, value) ->
                "schemeYear: 4\ntrust: {name: X Trust, odsCode: RXX}\n"
                        + "documents:\n  - {id: d1, title: Minutes, date: 2022-01-01, approvedBy: Trust Board}\n"
                        + section.replace("%s", value));
    }

    static void loadsOrIsRefused(String text) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                assertThat(LOADER.parse("fuzz.yaml", text)).isNotNull();
            } catch (EvidenceException e) {
                assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.message()).as(p.toString()).isNotBlank());
            }
        });
    }

    @Provide
    Arbitrary<String> editedEvidence() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(FRAGMENTS), Arbitraries.of(VALUES)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6).map(LoaderFuzzTest::apply);
    }

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> yamlish = Arbitraries.strings().withChars(" \n:-[]{}&*!|>'\"#,?%@~abcSA1.0123456789")
                .ofMaxLength(400);
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.oneOf(anyText, yamlish, fragments);
    }

    /** Applies the edits in order to the example file's lines; positions wrap so every edit lands somewhere. */
    static String apply(List<Edit> edits) {
        List<String> lines = new ArrayList<>(BASE);
        for (Edit e : edits) {
            if (lines.isEmpty()) {
                break;
            }
            int i = e.where() % lines.size();
            String line = lines.get(i);
            switch (e.op()) {
                case DELETE_LINE -> lines.remove(i);
                case DUPLICATE_LINE -> lines.add(i, line);
                case SWAP_LINES -> {
                    int j = e.other() % lines.size();
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case FLIP_CHAR -> {
                    if (!line.isEmpty()) {
                        int c = e.other() % line.length();
                        lines.set(i, line.substring(0, c) + (char) (line.charAt(c) ^ (1 << (e.other() % 7))) + line.substring(c + 1));
                    }
                }
                case INSERT_FRAGMENT -> {
                    int c = e.other() % (line.length() + 1);
                    lines.set(i, line.substring(0, c) + e.fragment() + line.substring(c));
                }
                case REPLACE_VALUE -> {
                    // the value after the first, or a later, "key: " on the line (inside flow maps too)
                    List<Integer> starts = new ArrayList<>();
                    for (int c = line.indexOf(": "); c >= 0; c = line.indexOf(": ", c + 1)) {
                        starts.add(c + 2);
                    }
                    if (!starts.isEmpty()) {
                        int from = starts.get(e.other() % starts.size());
                        int to = from;
                        while (to < line.length() && ",}]".indexOf(line.charAt(to)) < 0) {
                            to++;
                        }
                        lines.set(i, line.substring(0, from) + e.value() + line.substring(to));
                    }
                }
                case TRUNCATE -> {
                    lines.subList(i + 1, lines.size()).clear();
                    lines.set(i, line.substring(0, e.other() % (line.length() + 1)));
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
