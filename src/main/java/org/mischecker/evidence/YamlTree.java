package org.mischecker.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into a small tree that keeps the line and column of every key and value,
 * so messages can point at them. Duplicate keys are reported, not silently overwritten. Parsing is
 * bounded: aliases, nesting depth and document size are limited, and YAML tags never construct
 * Java types (the tree holds only maps, lists and strings).
 */
public final class YamlTree {

    /** Far above any real evidence file, far below what would hurt the machine. */
    public static final int MAX_NESTING = 40;
    public static final int MAX_ALIASES = 20;
    /** Names, ids, titles and notes are short; a longer value is a pasted document or an attack. */
    public static final int MAX_STRING_LENGTH = 100_000;

    public sealed interface Node permits MapNode, ListNode, ScalarNode {
        Location at();

        String kindName();
    }

    public record Entry(String key, Location keyAt, Node value) {
    }

    public record MapNode(Map<String, Entry> entries, Location at) implements Node {
        public String kindName() {
            return "a map";
        }
    }

    public record ListNode(List<Node> items, Location at) implements Node {
        public String kindName() {
            return "a list";
        }
    }

    /** A scalar: its text, and whether YAML saw it as a string, number, boolean or null. */
    public record ScalarNode(String text, JsonToken token, Location at) implements Node {
        public String kindName() {
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a yes/no value";
                case VALUE_NULL -> "an empty value";
                default -> text == null || text.isBlank() ? "empty text" : "text";
            };
        }

        public boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    private final String file;
    private final String text;
    private final List<Problem> problems;
    /** Problems that stop the file being read further: tags (the tree would hold what the tag was meant to change). */
    private final List<Problem> refusals = new ArrayList<>();

    /** Where the reader last was: the place to point at when a limit stops it mid-document. */
    private Location lastAt;

    private YamlTree(String file, String text, List<Problem> problems) {
        this.file = file;
        this.text = text;
        this.problems = problems;
        this.lastAt = Location.unknown(file);
    }

    /**
     * Parses {@code text}; returns null (with problems added) when it is not YAML at all. Duplicate
     * keys are added to {@code problems} but parsing goes on so every problem is reported.
     *
     * <p>Evidence files are plain block YAML, which {@link BlockYamlReader} reads several times faster
     * than SnakeYAML; it gives the same tree or declines, and then Jackson reads the file and words
     * any error.
     */
    public static Node parse(String file, String text, List<Problem> problems) {
        Problem longLine = longLine(file, text);
        if (longLine != null) {
            problems.add(longLine);
            return null;
        }
        List<Problem> directives = directives(file, text);
        if (!directives.isEmpty()) {
            problems.addAll(directives);
            return null;
        }
        Node fast = BlockYamlReader.read(file, text, problems);
        return fast != null ? fast : parseWithJackson(file, text, problems);
    }

    /** The general path: any YAML, every error message. Package-private so tests can compare the two. */
    static Node parseWithJackson(String file, String text, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(Math.max(1, text.length() + 1));
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                // `key:` with nothing after it is null in YAML (a key left blank, as `mis init` writes it);
                // the builder does not turn this default feature on, and without it the blank reads as ''.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING_LENGTH).build())
                .build();
        YamlTree tree = new YamlTree(file, text, problems);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = tree.read(parser, 0);
            if (!tree.refusals.isEmpty()) {
                problems.addAll(tree.refusals);
                return null;
            }
            // A second document (after ---) would otherwise be silently left out of the check.
            if (parser.nextToken() != null) {
                problems.add(new Problem(tree.location(parser.currentTokenLocation()), "a second YAML document starts here;"
                        + " expected one document per evidence file (one trust, one scheme year; put another year in a file of its own)"));
                return null;
            }
            return root;
        } catch (ValueTooLong e) {
            problems.add(new Problem(e.at, e.getMessage()));
            return null;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            problems.add(new Problem(tree.lastAt, "nested more than " + MAX_NESTING + " levels deep;"
                    + " expected evidence nested a few levels (action, key, figure)"));
            return null;
        } catch (IOException | RuntimeException e) {
            Problem plain = SyntaxHints.explain(file, text, e);
            problems.add(plain != null ? plain : new Problem(tree.locationOf(e), "not valid YAML: " + firstLine(e.getMessage())
                    + "; expected a YAML map of evidence (see `mis init`)"));
            return null;
        }
    }

    private Node read(JsonParser parser, int depth) throws IOException {
        Location at = location(parser.currentTokenLocation());
        lastAt = at;
        if (depth > MAX_NESTING) {
            throw new com.fasterxml.jackson.core.exc.StreamConstraintsException("nesting deeper than " + MAX_NESTING + " levels");
        }
        checkTag(at);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(parser.currentTokenLocation());
                    checkLength(key, keyAt, "key");
                    checkTag(keyAt);
                    parser.nextToken();
                    Node value = read(parser, depth + 1);
                    Entry previous = entries.get(key);
                    if (previous != null) {
                        problems.add(duplicateKey(keyAt, key, previous));
                    } else {
                        entries.put(key, new Entry(key, keyAt, value));
                    }
                }
                return new MapNode(Collections.unmodifiableMap(entries), at);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, depth + 1));
                }
                return new ListNode(List.copyOf(items), at);
            }
            default -> {
                if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Jackson hands an alias over as its name, which would then be judged as text.
                    problems.add(new Problem(at, "YAML alias *" + parser.getText() + " is not allowed in evidence;"
                            + " expected the value written out in full where it is used"));
                    return new ScalarNode(null, JsonToken.VALUE_NULL, at);
                }
                String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
                checkLength(text, at, "value");
                return new ScalarNode(text, token, at);
            }
        }
    }

    /**
     * A YAML tag ({@code !!binary}, {@code !!java/object:...}, {@code !custom}) asks a reader to make
     * the value into something other than it looks: nothing is ever built from one here, but judging
     * the file as if the tag were not there would judge something its author did not write. Refused
     * where it is written, as written. Found in the text at the node's start (where SnakeYAML places
     * a tagged node, and where nothing else may start with '!'), not through YAMLParser.getTypeId:
     * that misses a tag on the first key of a block map and repeats a map's tag on its first key.
     */
    private void checkTag(Location at) {
        String written = tagAt(text, at);
        if (written != null && (refusals.isEmpty() || !refusals.get(refusals.size() - 1).at().equals(at))) {
            refusals.add(new Problem(at, "a YAML tag '" + written + "'; expected a plain value (evidence files take no tags)"));
        }
    }

    /** The tag written at a line and column ("!!binary", "!<tag:yaml.org,2002:str>"), or null when none starts there. */
    private static String tagAt(String text, Location at) {
        int i = 0;
        for (int line = 1; line < at.line() && i >= 0; line++) {
            i = text.indexOf('\n', i);
            i = i < 0 ? -1 : i + 1;
        }
        if (i < 0) {
            return null;
        }
        i = text.offsetByCodePoints(i, Math.max(0, Math.min(at.column() - 1, text.codePointCount(i, text.length()))));
        if (i < text.length() && text.charAt(i) == '&') {
            // An anchor may come first ("&a !!str x"): the node starts there, its tag after it.
            while (i < text.length() && " \n\r".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        if (i >= text.length() || text.charAt(i) != '!') {
            return null;
        }
        int end = i + 1;
        boolean verbatim = end < text.length() && text.charAt(end) == '<';
        while (end < text.length() && end - i < 80) {
            char c = text.charAt(end);
            if (verbatim ? c == '>' : c == ' ' || c == '\n' || c == '\r' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
                break;
            }
            end++;
        }
        return text.substring(i, verbatim && end < text.length() ? end + 1 : end);
    }

    /**
     * YAML directives ({@code %TAG}, {@code %YAML}) before the document: %TAG defines the tags that
     * evidence files do not take, and %YAML chooses a reading of the file; neither belongs in one.
     */
    private static List<Problem> directives(String file, String text) {
        List<Problem> found = new ArrayList<>();
        int line = 1;
        for (int i = 0, n = text.length(); i < n; line++) {
            int end = text.indexOf('\n', i);
            end = end < 0 ? n : end;
            String l = text.substring(i, end).replace("\uFEFF", "").strip();
            if (l.startsWith("%")) {
                String name = l.split("\\s+", 2)[0];
                found.add(new Problem(new Location(file, line, 1), "a YAML directive '" + (name.length() > 20 ? name.substring(0, 20) : name)
                        + "'; expected the evidence to start with schemeYear (evidence files take no directives or tags)"));
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                break; // directives come only before the document
            }
            i = end + 1;
        }
        return found;
    }

    /** Shared by both readers so the message cannot drift between them. */
    static Problem duplicateKey(Location keyAt, String key, Entry previous) {
        return new Problem(keyAt, "duplicate key '" + key + "' (first at line " + previous.keyAt().line()
                + "); expected each key once");
    }

    /**
     * Jackson's YAML parser does not apply StreamReadConstraints' string limit, so it is checked
     * here. The file size limit already bounds memory; this gives the clear message, and stops
     * reading the file, since everything after it would only repeat the point.
     */
    private static void checkLength(String text, Location at, String what) throws ValueTooLong {
        if (text != null && text.length() > MAX_STRING_LENGTH) {
            throw new ValueTooLong(at, String.format(java.util.Locale.ROOT, "%s of %,d characters; expected at most %,d characters"
                    + " (names, ids, titles and notes are short)", what, text.length(), MAX_STRING_LENGTH));
        }
    }

    /**
     * A line longer than any value may be is refused before a YAML parser sees it: SnakeYAML holds
     * a long plain or quoted scalar several times over (a 900,000-character line took 550 MB of heap),
     * so the file size limit alone did not bound memory tightly.
     */
    private static Problem longLine(String file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                if (i - start > MAX_STRING_LENGTH) {
                    return new Problem(new Location(file, line, 1), String.format(java.util.Locale.ROOT,
                            "line of %,d characters; expected at most %,d characters in a value (names, ids, titles and notes are short)",
                            i - start, MAX_STRING_LENGTH));
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    /** A key or value above {@link #MAX_STRING_LENGTH}: a problem in the file, not malformed YAML. */
    private static final class ValueTooLong extends IOException {
        private final Location at;

        ValueTooLong(Location at, String message) {
            super(message);
            this.at = at;
        }
    }

    private Location location(JsonLocation l) {
        return new Location(file, l.getLineNr(), l.getColumnNr());
    }

    private Location locationOf(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            return location(jpe.getLocation());
        }
        String msg = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(msg);
        if (m.find()) {
            return new Location(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Location.unknown(file);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
