package org.mischecker.evidence;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mischecker.evidence.YamlTree.Entry;
import org.mischecker.evidence.YamlTree.ListNode;
import org.mischecker.evidence.YamlTree.MapNode;
import org.mischecker.evidence.YamlTree.Node;
import org.mischecker.evidence.YamlTree.ScalarNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain YAML that evidence files are written in: block maps and lists,
 * one-line flow maps and lists ({@code {numerator: 41, denominator: 44}}, {@code [doc-1, doc-2]}),
 * plain, single- and double-quoted scalars, comments. SnakeYAML's general scanner costs most of the
 * time of loading a file; this does the same work for this subset in a fraction of it.
 *
 * <p>It must give exactly the tree the Jackson path gives (same nodes, text, token kinds, lines and
 * columns, duplicate-key problems), so it follows SnakeYAML 2 (YAML 1.1) rule for rule where it reads,
 * and returns null (declines) on anything else: the caller then parses with Jackson, which also makes
 * every error message. So nothing here reports an error, and when in doubt it declines.
 *
 * <p>Positions: Jackson reports a scalar at its first character, a block map at its first key, a
 * block list at its first '-', a flow collection at its bracket, and an empty value at the character
 * after the ':' or '-' that introduced it. Lines and columns are 1-based; the input is checked to hold
 * only characters of the Basic Multilingual Plane, so a char index is a code-point column.
 */
final class BlockYamlReader {

    /** Real files nest 4 deep; Jackson's own limits (40) are far away, so this never decides an outcome. */
    private static final int MAX_DEPTH = 30;
    /** SnakeYAML forgets a possible key 1024 characters after it starts; stay well inside that. */
    private static final int MAX_KEY_LENGTH = 512;
    /** The resolver Jackson's YAMLParser uses for plain scalars; asked only for the rare digit-led words. */
    private static final Resolver RESOLVER = new Resolver();

    /** Thrown (without a stack trace) to give up; {@link #read} turns it into null. */
    private static final class Decline extends RuntimeException {
        private static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    private final String file;
    /** The text; a char array, as String.charAt costs a coder and bounds check on every call. */
    private final char[] s;
    private final int n;
    private final List<Problem> problems = new ArrayList<>();
    /** Index of the next character, the 0-based line it is on, and the index where that line starts. */
    private int pos;
    private int line;
    private int lineStart;

    private BlockYamlReader(String file, char[] text, int length) {
        this.file = file;
        this.s = text;
        this.n = length;
    }

    /**
     * The tree of {@code text}, with duplicate keys added to {@code problems}; or null, touching
     * nothing, when the text is not in the subset read here.
     */
    static Node read(String file, String text, List<Problem> problems) {
        try {
            return readStrict(file, text, problems);
        } catch (RuntimeException e) {
            return null; // a fault here must not cost a file its check: the Jackson path reads it
        }
    }

    /** As {@link #read}, but a fault is thrown, not hidden; the tests use this. */
    static Node readStrict(String file, String text, List<Problem> problems) {
        char[] chars = text.toCharArray();
        int length = checkCharacters(chars);
        if (length < 0) {
            return null;
        }
        BlockYamlReader reader = new BlockYamlReader(file, chars, length);
        try {
            Node root = reader.document();
            problems.addAll(reader.problems);
            return root;
        } catch (Decline e) {
            return null;
        }
    }

    /**
     * Checks every character is one this reader handles, and makes CRLF line ends LF in place;
     * returns the new length, or -1 to decline. YAML treats CRLF as one line break everywhere (in
     * plain and quoted scalars, comments and positions alike), so the tree is the same. Declined:
     * tabs, a lone CR, byte-order marks, the YAML 1.1 line breaks NEL, LS and PS, characters
     * SnakeYAML rejects as non-printable, and surrogates (SnakeYAML counts columns in code points,
     * this reader in chars).
     */
    static int checkCharacters(char[] text) {
        int w = 0;
        for (int i = 0, len = text.length; i < len; i++) {
            char c = text[i];
            if ((c < 0x20 || c > 0x7E) && c != '\n') {
                if (c == '\r' && i + 1 < len && text[i + 1] == '\n') {
                    continue;
                }
                if (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c >= 0xFFFE || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                    return -1;
                }
            }
            if (w != i) {
                text[w] = c; // only after a CR was dropped
            }
            w++;
        }
        return w;
    }

    // ---- structure ----------------------------------------------------------------------------

    private Node document() {
        skipBlankLines(true);
        if (atDocumentMarker()) {
            // An explicit document start alone on its line ("---" indented is text, not a marker);
            // anything else on that line, and a "..." document end, are declined.
            if (s[pos] == '.') {
                throw Decline.INSTANCE;
            }
            pos += 3;
            if (pos < n && s[pos] != '\n') {
                throw Decline.INSTANCE;
            }
            endLine();
        }
        // The root must be a block map (an evidence file always is); a line left of it after it is an error.
        if (pos >= n) {
            throw Decline.INSTANCE;
        }
        Node root = blockMap(column(), 0);
        if (pos < n) {
            throw Decline.INSTANCE;
        }
        return root;
    }

    /** A block map whose keys are at {@code col}; pos is at its first key. Returns at the first line left of it. */
    private Node blockMap(int col, int depth) {
        checkDepth(depth);
        Location at = here();
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (true) {
            int colon = keyColon();
            if (colon < 0) {
                throw Decline.INSTANCE;
            }
            String key = new String(s, pos, colon - pos);
            Location keyAt = here();
            pos = colon + 1;
            Node value = valueAfterIndicator(col, depth, colon);
            Entry previous = entries.get(key);
            if (previous != null) {
                problems.add(YamlTree.duplicateKey(keyAt, key, previous));
            } else {
                entries.put(key, new Entry(key, keyAt, value));
            }
            if (pos >= n || column() < col) {
                return new MapNode(Collections.unmodifiableMap(entries), at);
            }
            // Deeper is a stray continuation; a '-' here is a list entry where YAML allows none.
            if (column() > col || isListEntry()) {
                throw Decline.INSTANCE;
            }
        }
    }

    /**
     * A block list whose '-' are at {@code col}; pos is at its first '-'. Also the "indentless" list
     * that YAML allows as a map value at the map's own column.
     */
    private Node blockList(int col, int depth) {
        checkDepth(depth);
        Location at = here();
        List<Node> items = new ArrayList<>();
        while (true) {
            int dash = pos;
            pos++;
            Node item;
            skipSpaces();
            if (atLineEnd()) {
                item = valueOnNextLines(col, depth, dash, false);
            } else if (isListEntry()) {
                throw Decline.INSTANCE; // "- - x": a list starting inside an item
            } else if (keyColon() >= 0) {
                item = blockMap(column(), depth + 1); // "- key: value" starts a map at the key
            } else {
                item = inlineValue(col + 1, depth + 1);
                endLine();
            }
            items.add(item);
            if (pos >= n || column() < col) {
                return new ListNode(List.copyOf(items), at);
            }
            if (column() > col) {
                throw Decline.INSTANCE;
            }
            if (!isListEntry()) {
                // A key at the list's column: the end of an indentless list (the caller checks it is one).
                return new ListNode(List.copyOf(items), at);
            }
        }
    }

    /**
     * The value after the ':' of a key in a map at {@code mapCol} (pos just after the ':'). Leaves pos
     * at the first character of the next content line, or at the end.
     */
    private Node valueAfterIndicator(int mapCol, int depth, int indicator) {
        if (pos < n && s[pos] != ' ' && s[pos] != '\n') {
            throw Decline.INSTANCE; // keyColon() guarantees a blank; kept as a guard
        }
        skipSpaces();
        if (atLineEnd()) {
            return valueOnNextLines(mapCol, depth, indicator, true);
        }
        Node value = inlineValue(mapCol + 1, depth + 1);
        endLine();
        return value;
    }

    /**
     * Nothing after the indicator at {@code indicator} (a ':' or '-') on its line: the value is the
     * block below it, an indentless list (maps only), or empty. An empty value is null, located just
     * after the indicator, as SnakeYAML places it.
     */
    private Node valueOnNextLines(int col, int depth, int indicator, boolean inMap) {
        Location emptyAt = new Location(file, line + 1, indicator - lineStart + 2);
        endLine();
        if (pos < n) {
            int c = column();
            if (c > col) {
                // A value written below its key on its own ("key:\n  text") is declined: blockMap needs a key.
                return isListEntry() ? blockList(c, depth + 1) : blockMap(c, depth + 1);
            }
            if (c == col && inMap && isListEntry()) {
                return blockList(c, depth + 1);
            }
        }
        return new ScalarNode(null, JsonToken.VALUE_NULL, emptyAt);
    }

    /** A scalar or one-line flow collection starting at pos on the current line. */
    private Node inlineValue(int indent, int depth) {
        checkDepth(depth);
        char c = s[pos];
        return switch (c) {
            case '"' -> quoted(true, false);
            case '\'' -> quoted(false, false);
            case '{' -> flowMap(depth);
            case '[' -> flowList(depth);
            default -> {
                if (!plainStart(c)) {
                    throw Decline.INSTANCE;
                }
                yield plainBlock(indent);
            }
        };
    }

    // ---- flow collections (one line) ----------------------------------------------------------

    private Node flowMap(int depth) {
        checkDepth(depth);
        Location at = here();
        pos++;
        Map<String, Entry> entries = new LinkedHashMap<>();
        skipFlowSpaces();
        if (s[pos] == '}') {
            pos++;
            return new MapNode(Collections.unmodifiableMap(entries), at);
        }
        while (true) {
            // Keys are plain, followed by ": ". "{a:b}", "{a}", "{a: }" and quoted keys are declined.
            if (!plainStart(s[pos])) {
                throw Decline.INSTANCE;
            }
            Location keyAt = here();
            String key = plainFlow();
            if (key.length() > MAX_KEY_LENGTH || pos + 1 >= n || s[pos] != ':' || s[pos + 1] != ' ') {
                throw Decline.INSTANCE;
            }
            pos++;
            skipFlowSpaces();
            Node value = flowValue(depth + 1);
            Entry previous = entries.get(key);
            if (previous != null) {
                problems.add(YamlTree.duplicateKey(keyAt, key, previous));
            } else {
                entries.put(key, new Entry(key, keyAt, value));
            }
            if (flowNext('}')) {
                return new MapNode(Collections.unmodifiableMap(entries), at);
            }
        }
    }

    private Node flowList(int depth) {
        checkDepth(depth);
        Location at = here();
        pos++;
        List<Node> items = new ArrayList<>();
        skipFlowSpaces();
        if (s[pos] == ']') {
            pos++;
            return new ListNode(List.copyOf(items), at);
        }
        while (true) {
            items.add(flowValue(depth + 1));
            if (flowNext(']')) {
                return new ListNode(List.copyOf(items), at);
            }
        }
    }

    private Node flowValue(int depth) {
        char c = s[pos];
        return switch (c) {
            case '"' -> quoted(true, true);
            case '\'' -> quoted(false, true);
            case '{' -> flowMap(depth);
            case '[' -> flowList(depth);
            default -> {
                if (!plainStart(c)) {
                    throw Decline.INSTANCE; // also an empty value: ", ," or ": ,"
                }
                checkDepth(depth);
                Location at = here();
                yield plainScalar(plainFlow(), at);
            }
        };
    }

    /**
     * After an entry: true at the closing bracket (consumed), false after a ',' with another entry
     * to come. Anything else, such as a ':' after a list item (a one-pair map) or a trailing ',',
     * is declined.
     */
    private boolean flowNext(char close) {
        skipFlowSpaces();
        char c = s[pos];
        if (c == close) {
            pos++;
            return true;
        }
        if (c != ',') {
            throw Decline.INSTANCE;
        }
        pos++;
        skipFlowSpaces();
        char next = s[pos];
        if (next == '}' || next == ']' || next == ',') {
            throw Decline.INSTANCE;
        }
        return false;
    }

    /** Spaces inside a flow collection; it must go on on this line (a line end or comment is declined). */
    private void skipFlowSpaces() {
        skipSpaces();
        if (atLineEnd()) {
            throw Decline.INSTANCE;
        }
    }

    // ---- scalars ------------------------------------------------------------------------------

    /**
     * SnakeYAML's plain scalar in block context: words separated by spaces; ends before ": " or
     * ":" at a line end, before " #", and before a line less indented than {@code indent} (the
     * enclosing collection's column plus one) or a comment line. A line break folds to a space,
     * each blank line to a newline. Leaves pos just after its last character.
     */
    private Node plainBlock(int indent) {
        Location at = here();
        int start = pos;
        // Until a line is folded the value is the text as written, s[start, endPos); then it is built.
        StringBuilder text = null;
        int endPos = pos;
        int endLine = line;
        int endLineStart = lineStart;
        String fold = null;
        while (pos < n && s[pos] != '#') {
            int i = pos;
            while (i < n) {
                char c = s[i];
                if (c == ' ' || c == '\n' || c == ':' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\n')) {
                    break;
                }
                i++;
            }
            if (i == pos) {
                break;
            }
            if (fold != null) {
                if (text == null) {
                    text = new StringBuilder().append(s, start, endPos - start);
                }
                text.append(fold);
                fold = null;
            } else if (text != null) {
                text.append(s, endPos, pos - endPos); // spaces between words on one line, as written
            }
            if (text != null) {
                text.append(s, pos, i - pos);
            }
            pos = i;
            endPos = i;
            endLine = line;
            endLineStart = lineStart;
            int ws = pos;
            skipSpaces();
            if (pos < n && s[pos] == '\n') {
                newline();
                int breaks = 0;
                boolean marker = atDocumentMarker();
                while (!marker && pos < n) {
                    if (s[pos] == ' ') {
                        pos++;
                    } else if (s[pos] == '\n') {
                        breaks++;
                        newline();
                        marker = atDocumentMarker();
                    } else {
                        break;
                    }
                }
                if (marker || pos >= n || column() < indent) {
                    break;
                }
                fold = breaks == 0 ? " " : "\n".repeat(breaks);
            } else if (pos == ws) {
                break; // stopped at ": " or the end
            }
        }
        pos = endPos;
        line = endLine;
        lineStart = endLineStart;
        String value = text == null ? new String(s, start, endPos - start) : text.toString();
        checkLength(value);
        return plainScalar(value, at);
    }

    /** Jackson gives a null its token and no text ("~" and "null" alike). */
    private static ScalarNode plainScalar(String value, Location at) {
        JsonToken token = plainToken(value);
        return new ScalarNode(token == JsonToken.VALUE_NULL ? null : value, token, at);
    }

    /**
     * SnakeYAML's plain scalar in flow context, on one line: ends before " #", ": ", ":" followed
     * by a flow indicator, or any of ",?[]{}". Leaves pos just after its last character.
     */
    private String plainFlow() {
        int start = pos;
        int end = pos;
        while (true) {
            int i = pos;
            while (i < n) {
                char c = s[i];
                if (c == ' ' || c == '\n' || c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}') {
                    break;
                }
                if (c == ':') {
                    char next = i + 1 < n ? s[i + 1] : '\n';
                    if (next == ' ' || next == '\n' || next == ',' || next == '[' || next == ']' || next == '{' || next == '}') {
                        break;
                    }
                }
                i++;
            }
            if (i == pos) {
                break;
            }
            pos = i;
            end = i;
            while (pos < n && s[pos] == ' ') {
                pos++;
            }
            if (pos >= n || s[pos] == '\n' || s[pos] == '#') {
                break; // the caller declines: a flow collection must close on its line
            }
        }
        pos = end;
        // Within one line the words and the spaces between them are kept as written.
        String value = new String(s, start, end - start);
        checkLength(value);
        return value;
    }

    /**
     * A single- or double-quoted scalar (pos at the opening quote), with SnakeYAML's escapes and
     * line folding: a line break and the next line's indentation fold to a space, blank lines to
     * newlines, and in double quotes a '\' at a line end joins the lines without a space. In flow
     * context it must end on its line.
     */
    private Node quoted(boolean isDouble, boolean oneLine) {
        Location at = here();
        char quote = s[pos];
        pos++;
        StringBuilder text = new StringBuilder();
        while (true) {
            if (pos >= n) {
                throw Decline.INSTANCE;
            }
            char c = s[pos];
            if (c == quote) {
                if (!isDouble && pos + 1 < n && s[pos + 1] == '\'') {
                    text.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\\' && isDouble) {
                pos++;
                escape(text, oneLine);
            } else if (c == ' ' || c == '\n') {
                int ws = pos;
                while (pos < n && s[pos] == ' ') {
                    pos++;
                }
                if (pos >= n) {
                    throw Decline.INSTANCE;
                }
                if (s[pos] == '\n') {
                    if (oneLine) {
                        throw Decline.INSTANCE;
                    }
                    newline();
                    int breaks = quotedBreaks();
                    if (breaks == 0) {
                        text.append(' ');
                    } else {
                        text.append("\n".repeat(breaks));
                    }
                } else {
                    text.append(s, ws, pos - ws);
                }
            } else {
                text.append(c);
                pos++;
            }
        }
        String value = text.toString();
        checkLength(value);
        return new ScalarNode(value, JsonToken.VALUE_STRING, at);
    }

    /** One escape after a '\' in double quotes (pos after the '\'); SnakeYAML 2's YAML 1.1 set exactly. */
    private void escape(StringBuilder text, boolean oneLine) {
        if (pos >= n) {
            throw Decline.INSTANCE;
        }
        char e = s[pos];
        String replacement = switch (e) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
        };
        if (replacement != null) {
            text.append(replacement);
            pos++;
        } else if (e == 'x' || e == 'u' || e == 'U') {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (pos + 1 + digits > n) {
                throw Decline.INSTANCE;
            }
            long code = 0;
            for (int i = pos + 1; i <= pos + digits; i++) {
                char h = s[i];
                int d = h <= 'f' ? Character.digit(h, 16) : -1; // ASCII hex digits only, as SnakeYAML
                if (d < 0) {
                    throw Decline.INSTANCE;
                }
                code = code * 16 + d;
            }
            if (code > Character.MAX_CODE_POINT) {
                throw Decline.INSTANCE; // an error in SnakeYAML
            }
            text.appendCodePoint((int) code); // a lone surrogate (escaped D800 to DFFF) is kept, as SnakeYAML keeps it
            pos += 1 + digits;
        } else if (e == '\n' && !oneLine) {
            newline();
            text.append("\n".repeat(quotedBreaks()));
        } else {
            throw Decline.INSTANCE; // unknown escapes, among them "\/", which YAML 1.1 does not have
        }
    }

    /**
     * After a line break inside quotes: skips the next lines' indentation and counts the blank lines.
     * A document marker there is an error in SnakeYAML, so declined.
     */
    private int quotedBreaks() {
        int breaks = 0;
        while (true) {
            if (atDocumentMarker()) {
                throw Decline.INSTANCE;
            }
            while (pos < n && s[pos] == ' ') {
                pos++;
            }
            if (pos < n && s[pos] == '\n') {
                breaks++;
                newline();
            } else {
                return breaks;
            }
        }
    }

    /**
     * The token Jackson gives a plain scalar: SnakeYAML's YAML 1.1 resolver, then Jackson's reading
     * of its tag (YAMLParser._decodeScalar). Words are matched exactly; numbers only in their plain
     * decimal forms; other digit-led text is asked of the resolver and kept only if it is a string or
     * a timestamp (which Jackson gives as a string). Octal, hex, underscores, exponents, sexagesimal,
     * .inf and the like are declined.
     */
    static JsonToken plainToken(String v) {
        char c = v.charAt(0);
        switch (c) {
            case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
                return switch (v) {
                    case "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE" -> JsonToken.VALUE_TRUE;
                    case "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE" -> JsonToken.VALUE_FALSE;
                    case "null", "Null", "NULL" -> JsonToken.VALUE_NULL;
                    default -> JsonToken.VALUE_STRING;
                };
            }
            case '~' -> {
                return v.length() == 1 ? JsonToken.VALUE_NULL : JsonToken.VALUE_STRING;
            }
            case '-', '+', '.', '<', '=', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                return numberLike(v);
            }
            case '!', '&', '*' -> throw Decline.INSTANCE; // cannot start a plain scalar; kept as a guard
            default -> {
                return JsonToken.VALUE_STRING;
            }
        }
    }

    private static JsonToken numberLike(String v) {
        int len = v.length();
        int i = v.charAt(0) == '-' ? 1 : 0;
        int intStart = i;
        while (i < len && isDigit(v.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        boolean plainInt = intDigits > 0 && intDigits <= 18 && (v.charAt(intStart) != '0' || intDigits == 1);
        if (plainInt && i == len) {
            return JsonToken.VALUE_NUMBER_INT; // 0, 42, -3 (and -0, as Jackson has it)
        }
        if (plainInt && v.charAt(i) == '.' && intDigits <= 15) {
            int frac = ++i;
            while (i < len && isDigit(v.charAt(i))) {
                i++;
            }
            if (i == len && i > frac && i - frac <= 15) {
                return JsonToken.VALUE_NUMBER_FLOAT; // 97.5, 0.25, -1.5
            }
        }
        if (isDate(v) || isMonth(v)) {
            return JsonToken.VALUE_STRING; // 2022-01-27 is a timestamp to SnakeYAML, a string to Jackson; 2022-07 is neither
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, v, true);
        if (tag == Tag.STR || tag == Tag.TIMESTAMP) {
            return JsonToken.VALUE_STRING;
        }
        throw Decline.INSTANCE;
    }

    private static boolean isDate(String v) {
        return v.length() == 10 && startsWithMonth(v) && v.charAt(7) == '-' && isDigit(v.charAt(8)) && isDigit(v.charAt(9));
    }

    private static boolean isMonth(String v) {
        return v.length() == 7 && startsWithMonth(v);
    }

    /** Starts with YYYY-MM (digits only; whether the month is real does not matter to YAML). */
    private static boolean startsWithMonth(String v) {
        return isDigit(v.charAt(0)) && isDigit(v.charAt(1)) && isDigit(v.charAt(2)) && isDigit(v.charAt(3))
                && v.charAt(4) == '-' && isDigit(v.charAt(5)) && isDigit(v.charAt(6));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether {@code c} may start a plain scalar here. SnakeYAML allows more ('-', '?' and ':'
     * followed by a non-space, '.' and others in block context); this allows only what it is sure of:
     * not an indicator, and '-' only before a digit (a negative number).
     */
    private boolean plainStart(char c) {
        if (c == '-') {
            return pos + 1 < n && isDigit(s[pos + 1]);
        }
        return "\n ?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    // ---- lines --------------------------------------------------------------------------------

    /**
     * If the line at pos is "key: ..." (a plain key, then ':' followed by a space or the line end,
     * before any " #" comment), the index of that ':'; otherwise -1. Keys that start with an
     * indicator, end in a space, or are long are declined rather than read.
     */
    private int keyColon() {
        char first = s[pos];
        if (first == '-' || first == '.' || !plainStart(first)) {
            return -1;
        }
        for (int i = pos + 1; i < n; i++) {
            char c = s[i];
            if (c == '\n' || c == '#' && s[i - 1] == ' ') {
                return -1;
            }
            if (c == ':' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\n')) {
                if (s[i - 1] == ' ' || i - pos > MAX_KEY_LENGTH) {
                    throw Decline.INSTANCE;
                }
                return i;
            }
        }
        return -1;
    }

    private boolean isListEntry() {
        return s[pos] == '-' && (pos + 1 == n || s[pos + 1] == ' ' || s[pos + 1] == '\n');
    }

    /** True at the end of the text, a line end, or a comment (pos is after a space or at a line start). */
    private boolean atLineEnd() {
        return pos >= n || s[pos] == '\n' || s[pos] == '#';
    }

    /**
     * Ends the line after a value: spaces, an optional " #" comment, the line break; then skips
     * blank and comment lines. Anything else left on the line (": " after a scalar, a second
     * value) is declined.
     */
    private void endLine() {
        skipSpaces();
        // SnakeYAML takes a '#' here as a comment even with no space before it ('"x"#c', '[x]#c');
        // after a plain scalar a '#' with no space would have been part of the scalar.
        if (pos < n && s[pos] == '#') {
            while (pos < n && s[pos] != '\n') {
                pos++;
            }
        }
        if (pos < n) {
            if (s[pos] != '\n') {
                throw Decline.INSTANCE;
            }
            newline();
        }
        skipBlankLines(false);
    }

    /**
     * From a line start: skips empty, blank and comment lines; stops at a line's first non-space
     * character. A document marker there ("---", "...") is declined unless {@code firstLine}.
     */
    private void skipBlankLines(boolean firstLine) {
        while (pos < n) {
            skipSpaces();
            if (pos >= n) {
                return;
            }
            char c = s[pos];
            if (c == '#') {
                while (pos < n && s[pos] != '\n') {
                    pos++;
                }
                if (pos >= n) {
                    return;
                }
                newline();
            } else if (c == '\n') {
                newline();
            } else {
                if (!firstLine && atDocumentMarker()) {
                    throw Decline.INSTANCE; // another document, or the end of this one
                }
                return;
            }
        }
    }

    private boolean atDocumentMarker() {
        if (pos != lineStart || pos + 3 > n) {
            return false;
        }
        char c = s[pos];
        return (c == '-' || c == '.') && s[pos + 1] == c && s[pos + 2] == c;
    }

    private void skipSpaces() {
        while (pos < n && s[pos] == ' ') {
            pos++;
        }
    }

    /** pos is at a '\n': step over it. */
    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private int column() {
        return pos - lineStart;
    }

    private Location here() {
        return new Location(file, line + 1, pos - lineStart + 1);
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw Decline.INSTANCE;
        }
    }

    /** Over-long text is a problem the Jackson path words; leave it to that path. */
    private static void checkLength(String value) {
        if (value.length() > YamlTree.MAX_STRING_LENGTH) {
            throw Decline.INSTANCE;
        }
    }
}
