package org.mischecker.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.mischecker.evidence.YamlTree.Entry;
import org.mischecker.evidence.YamlTree.ListNode;
import org.mischecker.evidence.YamlTree.MapNode;
import org.mischecker.evidence.YamlTree.Node;
import org.mischecker.evidence.YamlTree.ScalarNode;

/**
 * Evidence text is plain text. Titles, names and approvers are printed in every report, so a
 * character that a terminal, a browser or a spreadsheet acts on instead of showing would let a
 * file forge its own report: a newline in a title printed a fake verdict line, an escape sequence
 * can hide or overwrite lines, a bidirectional override reorders a line on screen. Characters that
 * look like a space or like nothing at all make a key, an id or an approver differ from the one the
 * reader sees. All of them are refused where they are written, with the character named:
 *
 * <ul>
 *   <li>control characters: C0 (except the tab and the line break, which are judged by where they
 *       are), DEL and C1;</li>
 *   <li>bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069);</li>
 *   <li>the YAML 1.1 line and paragraph separators (U+2028, U+2029);</li>
 *   <li>invisible characters (zero-width spaces and joiners, the word joiner, a byte-order mark
 *       anywhere but the start of the file, the soft hyphen, direction marks) and spaces that are
 *       not the plain space (non-breaking, narrow, wide); in a comment line these are left alone.</li>
 * </ul>
 *
 * <p>They are found twice: in the file as written ({@link #scan}), which gives the exact line and
 * column, and in the text YAML made of it ({@link #check}), since a double-quoted value can write any
 * of them as an escape ("\e", "\x1b", "\u202e"). A line break or a tab is allowed only in a note: every
 * other value is shown on one line.
 */
final class PlainText {

    /** Past this many, a file is not evidence with a few slips but pasted or hostile text. */
    static final int MAX_REPORTED = 20;

    private PlainText() {
    }

    /** What a refused character is called in messages, or null when it is allowed. */
    static String name(int c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return null; // judged elsewhere: by where they are
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return "a control character " + code(c) + " (" + controlName(c) + ")";
        }
        if (c < 0xA0) {
            return null;
        }
        String bidi = switch (c) {
            case 0x202A -> "left-to-right embedding";
            case 0x202B -> "right-to-left embedding";
            case 0x202C -> "pop directional formatting";
            case 0x202D -> "left-to-right override";
            case 0x202E -> "right-to-left override";
            case 0x2066 -> "left-to-right isolate";
            case 0x2067 -> "right-to-left isolate";
            case 0x2068 -> "first strong isolate";
            case 0x2069 -> "pop directional isolate";
            default -> null;
        };
        if (bidi != null) {
            return "a bidirectional-text control " + code(c) + " (" + bidi + ")";
        }
        String other = switch (c) {
            case 0x2028 -> "a line separator";
            case 0x2029 -> "a paragraph separator";
            case 0x00A0 -> "a non-breaking space";
            case 0x202F -> "a narrow no-break space";
            case 0x200B -> "a zero-width space";
            case 0x200C -> "a zero-width non-joiner";
            case 0x200D -> "a zero-width joiner";
            case 0x2060 -> "a word joiner";
            case 0xFEFF -> "a zero-width no-break space (byte-order mark)";
            case 0x00AD -> "a soft hyphen";
            case 0x200E -> "a left-to-right mark";
            case 0x200F -> "a right-to-left mark";
            case 0x061C -> "an Arabic letter mark";
            case 0x180E -> "a Mongolian vowel separator";
            case 0x1680, 0x205F, 0x3000 -> "a special space";
            default -> c >= 0x2000 && c <= 0x200A ? "a typographic space" : null;
        };
        return other == null ? null : other + " (" + code(c) + ")";
    }

    /** True for the refused characters that show as blank or as nothing: allowed in a comment line. */
    private static boolean invisible(int c) {
        return c >= 0xA0 && !isControlOrBidi(c) && c != 0x2028 && c != 0x2029;
    }

    private static boolean isControlOrBidi(int c) {
        return org.mischecker.report.Printable.isControlOrBidi(c);
    }

    private static boolean isSpace(int c) {
        return c == 0x00A0 || c == 0x202F || c == 0x1680 || c == 0x205F || c == 0x3000 || c >= 0x2000 && c <= 0x200A;
    }

    /** "what is wrong; what is expected" for a refused character {@code c}, {@code where} ("", " in the indentation", " in trust.name"). */
    static String message(int c, String where) {
        String name = name(c);
        if (isControlOrBidi(c)) {
            return name + where + "; expected plain text (control characters can hide, reorder or rewrite lines of a report)";
        }
        if (c == 0x2028 || c == 0x2029) {
            return name + where + "; expected plain text on one line";
        }
        if (isSpace(c)) {
            return name + where + "; expected a plain space (it looks the same, but YAML and the checks read it as a letter;"
                    + " it often comes with text pasted from a word processor or a spreadsheet)";
        }
        return name + where + ", which is invisible; expected nothing there: delete it (a key, id or name holding it differs"
                + " from the one you see)";
    }

    private static String code(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static String controlName(int c) {
        return switch (c) {
            case 0x00 -> "null";
            case 0x07 -> "bell";
            case 0x08 -> "backspace";
            case 0x0B -> "vertical tab";
            case 0x0C -> "form feed";
            case 0x1B -> "escape";
            case 0x7F -> "delete";
            case 0x85 -> "next line";
            case 0x9B -> "control sequence introducer";
            default -> c < 0x20 ? "C0 control" : "C1 control";
        };
    }

    /**
     * Every refused character in the file as written, at most one a line, each at its line and
     * column (columns count code points, as the YAML parser's do). A byte-order mark that starts the
     * file is allowed; so are spaces and invisible characters in a comment line.
     */
    static List<Problem> scan(String file, String text) {
        if (!unusual(text)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        int column = 0;
        boolean indent = true;
        boolean comment = false;
        boolean reported = false;
        int more = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            char plain = text.charAt(i);
            if (plain > 0x20 && plain < 0x7F) {
                // Printable ASCII, nearly every character of a file: only the line's shape matters.
                i++;
                column++;
                if (indent) {
                    comment = plain == '#';
                    indent = false;
                }
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' && (i >= n || text.charAt(i) != '\n')) {
                line++;
                column = 0;
                indent = true;
                comment = false;
                reported = false;
                continue;
            }
            if (c == '\r' || i == 1 && c == 0xFEFF) {
                continue; // the CR of a CRLF, and a byte-order mark that starts the file, take no column
            }
            column++;
            if (indent && c == '#') {
                comment = true;
            }
            String name = name(c);
            if (name != null && !(comment && invisible(c)) && !reported) {
                reported = true;
                if (problems.size() < MAX_REPORTED) {
                    problems.add(new Problem(new Location(file, line, column),
                            message(c, indent && isSpace(c) ? " in the indentation" : "")));
                } else {
                    more++;
                }
            }
            if (c != ' ' && !(indent && isSpace(c))) {
                indent = false;
            }
        }
        if (more > 0) {
            problems.add(new Problem(Location.unknown(file), more + " more line" + (more == 1 ? " holds" : "s hold")
                    + " such characters; expected plain text"));
        }
        return problems;
    }

    /** True when the text holds a character other than printable ASCII, tab and line breaks: only then can it hold a refused one. */
    private static boolean unusual(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text YAML made of the file: every key and value is checked for refused characters (which a
     * double-quoted value can write as escapes), and every value but a note for a line break or a tab
     * between its words (a note may run over several lines; nothing else is shown that way).
     */
    static List<Problem> check(String file, String text, Node root) {
        List<Problem> problems = new ArrayList<>();
        // Without a backslash (an escape) or a tab in the file, a value can only be wrong for a line break.
        boolean escapesOrTabs = text.indexOf('\\') >= 0 || text.indexOf('\t') >= 0;
        walk(file, text, root, new ArrayList<>(), false, escapesOrTabs, problems);
        return problems.size() > MAX_REPORTED ? problems.subList(0, MAX_REPORTED) : problems;
    }

    /** {@code path} holds the keys (String) and 1-based list positions (Integer) down to {@code node}; named only in a message. */
    private static void walk(String file, String text, Node node, List<Object> path, boolean note, boolean escapesOrTabs,
                             List<Problem> problems) {
        if (node instanceof MapNode m) {
            for (Entry e : m.entries().values()) {
                scalar(file, text, e.key(), e.keyAt(), path, true, false, escapesOrTabs, problems);
                path.add(e.key());
                walk(file, text, e.value(), path, e.key().equals("note"), escapesOrTabs, problems);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof ListNode l) {
            int i = 1;
            for (Node item : l.items()) {
                path.add(i++);
                walk(file, text, item, path, false, escapesOrTabs, problems);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof ScalarNode s && s.text() != null) {
            scalar(file, text, s.text(), s.at(), path, false, note, escapesOrTabs, problems);
        }
    }

    /** "documents[2].title", or for a key "a key under documents[2]". */
    static String name(List<Object> path, boolean key) {
        StringBuilder out = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p);
            }
        }
        return key ? "a key under " + (out.length() == 0 ? "the top level" : out) : out.toString();
    }

    private static void scalar(String file, String text, String value, Location at, List<Object> path, boolean key, boolean multiLine,
                               boolean escapesOrTabs, List<Problem> problems) {
        if (!escapesOrTabs && (multiLine || value.indexOf('\n') < 0 && value.indexOf('\r') < 0)) {
            return;
        }
        boolean breaksOrTabs = false;
        for (int i = 0, n = value.length(); i < n; i++) {
            char ch = value.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                continue; // plain ASCII: nearly every character of a file
            }
            breaksOrTabs |= ch == '\n' || ch == '\r' || ch == '\t';
            int c = value.codePointAt(i);
            if (name(c) != null) {
                problems.add(new Problem(locate(text, at, cp -> name(cp) != null), message(c, " in " + name(path, key))));
                return;
            }
        }
        if (multiLine || !breaksOrTabs) {
            return;
        }
        String what = name(path, key);
        String inner = value.strip();
        if (inner.indexOf('\n') >= 0 || inner.indexOf('\r') >= 0) {
            problems.add(new Problem(at, what + " runs over more than one line; expected it on one line (a line break in it"
                    + " would start a new line in a report; only a note may take several lines)"));
        } else if (inner.indexOf('\t') >= 0) {
            problems.add(new Problem(locate(text, at, ch -> ch == '\t'), "a tab character in " + what
                    + "; expected spaces between words (a tab shifts the columns of a report)"));
        }
    }

    /**
     * Where in the file the first character of a value matching {@code which} was written: the value
     * starts at {@code start}; in a double-quoted value an escape that stands for such a character
     * counts, at its backslash. Falls back to {@code start} when it cannot tell.
     */
    static Location locate(String text, Location start, IntPredicate which) {
        int i = index(text, start.line(), start.column());
        if (i < 0) {
            return start;
        }
        int n = Math.min(text.length(), i + YamlTree.MAX_STRING_LENGTH * 2);
        boolean quoted = i < n && text.charAt(i) == '"';
        int p = quoted ? i + 1 : i;
        while (p < n) {
            int c = text.codePointAt(p);
            if (quoted && c == '"') {
                break;
            }
            if (quoted && c == '\\' && p + 1 < n) {
                int[] escape = escape(text, p + 1);
                if (escape[0] >= 0 && which.test(escape[0])) {
                    return position(start.file(), text, p);
                }
                p += 1 + Math.max(1, escape[1]);
                continue;
            }
            if (which.test(c)) {
                return position(start.file(), text, p);
            }
            p += Character.charCount(c);
        }
        return start;
    }

    /** The code point a double-quoted escape stands for (or -1) and how many characters it takes after the backslash. */
    private static int[] escape(String text, int at) {
        char e = text.charAt(at);
        int simple = switch (e) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 't' -> 9;
            case 'n' -> 10;
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> 13;
            case 'e' -> 0x1B;
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            default -> -1;
        };
        if (simple >= 0) {
            return new int[] {simple, 1};
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (digits > 0 && at + digits < text.length()) {
            try {
                return new int[] {Integer.parseUnsignedInt(text.substring(at + 1, at + 1 + digits), 16), 1 + digits};
            } catch (NumberFormatException ex) {
                return new int[] {-1, 1};
            }
        }
        return new int[] {-1, 1};
    }

    /** The index in {@code text} of a 1-based line and code-point column, or -1. */
    private static int index(String text, int line, int column) {
        if (line < 1 || column < 1) {
            return -1;
        }
        int i = 0;
        int n = text.length();
        for (int l = 1; l < line; l++) {
            while (i < n && text.charAt(i) != '\n' && !(text.charAt(i) == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            i++;
        }
        for (int c = 1; c < column && i < n; c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i < n ? i : -1;
    }

    private static Location position(String file, String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; ) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
                i++;
            } else {
                if (c != '\r') {
                    column++;
                }
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return new Location(file, line, column);
    }
}
