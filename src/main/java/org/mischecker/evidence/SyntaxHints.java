package org.mischecker.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML parser's errors in the user's terms. SnakeYAML says "while parsing a block mapping" and
 * points at the end of some earlier line; the mistakes behind it are few and can be seen in the
 * text: a line indented differently from the lines it belongs with, entries added under a key
 * written with an empty {@code []} or {@code {}} (as the blank template has them), or a tab between
 * a key and its value. Each is said plainly at the character that caused it. Anything else keeps
 * the parser's own words.
 */
final class SyntaxHints {

    private static final Pattern EMPTY_COLLECTION = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s#:][^:#]*?):\\s*(\\[\\s*]|\\{\\s*})\\s*(#.*)?$");

    private SyntaxHints() {
    }

    /** The problem for a parse that failed with {@code e}, or null when the parser's own message must do. */
    static Problem explain(String file, String text, Throwable e) {
        MarkedYAMLException marked = marked(e);
        if (marked == null || marked.getProblemMark() == null) {
            return null;
        }
        Mark mark = marked.getProblemMark();
        int line = mark.getLine() + 1;
        String problem = String.valueOf(marked.getProblem());
        List<String> lines = text.lines().toList();
        if (line < 1 || line > lines.size()) {
            return null;
        }
        if (problem.contains("\\t(TAB)")) {
            return new Problem(new Location(file, line, mark.getColumn() + 1), "tab character; expected spaces (YAML does not allow a"
                    + " tab between a key and its value, nor between the entries of {...} or [...], except inside quotes)");
        }
        if (!problem.startsWith("expected <block end>") && !problem.startsWith("mapping values are not allowed")) {
            return null;
        }
        int above = contentLineAbove(lines, line);
        if (above < 0) {
            return null;
        }
        Problem empty = emptyCollection(file, lines, above, line);
        if (empty != null) {
            return empty;
        }
        return indentation(file, lines, line, above);
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * "documents: []" (or "SA1: {}") followed by entries: the [] already gave the key its value, an
     * empty list, so what follows belongs to nothing.
     */
    private static Problem emptyCollection(String file, List<String> lines, int above, int line) {
        Matcher m = EMPTY_COLLECTION.matcher(lines.get(above - 1));
        if (!m.matches()) {
            return null;
        }
        String next = lines.get(line - 1);
        int keyIndent = m.group(1).length();
        int nextIndent = indent(next);
        boolean entries = nextIndent > keyIndent || nextIndent == keyIndent && next.stripLeading().startsWith("- ");
        if (!entries) {
            return null;
        }
        String key = m.group(2).strip();
        boolean list = m.group(3).startsWith("[");
        String written = key + ": " + m.group(3).replaceAll("\\s", "");
        int column = lines.get(above - 1).indexOf(m.group(3), m.end(2)) + 1;
        return new Problem(new Location(file, above, column), "'" + written + "' is an empty " + (list ? "list" : "map")
                + ", so the " + (list ? "entries" : "keys") + " under it from line " + line + " belong to nothing; expected '" + key
                + ":' without the " + m.group(3).replaceAll("\\s", "") + " when " + (list ? "entries" : "keys") + " follow (remove the "
                + m.group(3).replaceAll("\\s", "") + " before adding " + (list ? "entries" : "keys") + ")");
    }

    /**
     * A line whose indentation matches none of the lines it could belong with: the line above it
     * (its sibling), or any less indented line above that (an enclosing map or list). Said with the
     * counts, at the line's first character.
     */
    private static Problem indentation(String file, List<String> lines, int line, int above) {
        String text = lines.get(line - 1);
        int own = indent(text);
        if (own == text.length()) {
            return null;
        }
        List<int[]> levels = new ArrayList<>(); // {indentation, line}
        int limit = Integer.MAX_VALUE;
        for (int l = above; l >= 1 && limit > 0; l--) {
            String candidate = lines.get(l - 1);
            if (isBlankOrComment(candidate)) {
                continue;
            }
            int i = indent(candidate);
            if (i >= limit) {
                continue;
            }
            String rest = candidate.substring(i);
            if (rest.startsWith("- ")) {
                // A list entry "- key: value": its map's keys sit after the dash.
                int content = i + 2 + indent(rest.substring(2));
                if (content < limit && content != i) {
                    levels.add(new int[] {content, l});
                }
            }
            levels.add(new int[] {i, l});
            limit = i;
        }
        int prev = indent(lines.get(above - 1));
        if (own > prev && lines.get(above - 1).strip().endsWith(":")) {
            return null; // under a key with no value yet: a nested map, which is not what failed
        }
        for (int[] level : levels) {
            if (level[0] == own) {
                return null; // a sibling of some line above: not an indentation slip
            }
        }
        String counts = spaces(own);
        StringBuilder use = new StringBuilder();
        int shown = Math.min(levels.size(), 3);
        for (int k = 0; k < shown; k++) {
            use.append(k == 0 ? "" : k == shown - 1 ? " or " : ", ").append(levels.get(k)[0]).append(" (line ").append(levels.get(k)[1]).append(')');
        }
        String why = own > prev
                ? "; expected " + spaces(prev) + ", like line " + above + ", for another key of the same map (line " + above
                        + " already has a value, so nothing can go under it)"
                : "; expected the indentation of the other keys of its map";
        return new Problem(new Location(file, line, own + 1), "this line is indented " + counts + "; the lines above it use "
                + use + why);
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }

    private static int contentLineAbove(List<String> lines, int line) {
        for (int l = line - 1; l >= 1; l--) {
            if (!isBlankOrComment(lines.get(l - 1))) {
                return l;
            }
        }
        return -1;
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
