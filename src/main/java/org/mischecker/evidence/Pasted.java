package org.mischecker.evidence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mischecker.evidence.YamlTree.Entry;
import org.mischecker.evidence.YamlTree.ListNode;
import org.mischecker.evidence.YamlTree.MapNode;
import org.mischecker.evidence.YamlTree.Node;
import org.mischecker.evidence.YamlTree.ScalarNode;

/**
 * Values pasted from a spreadsheet or a word processor: numbers with thousands separators, a pound
 * sign or a decimal comma. The loader's own message says what it expected; this says what was
 * written instead and how to write it ("write 4210").
 */
final class Pasted {

    private static final Pattern THOUSANDS = Pattern.compile("([£$€]\\s?)?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[£$€]\\s?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");

    private Pasted() {
    }

    /**
     * How to write {@code text} as a number, or "" when it is not a pasted shape: "(write 4210: no
     * thousands separators)", "(write 45000: no pound sign or separators)", "(write 0.5: a decimal
     * point, not a comma)", "(give counts, not a percentage)".
     */
    static String numberHint(String text, boolean whole) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        boolean currency = !t.isEmpty() && "£$€".indexOf(t.charAt(0)) >= 0;
        if (THOUSANDS.matcher(t).matches() || CURRENCY.matcher(t).matches()) {
            String digits = t.replaceAll("[£$€,\\s]", "");
            if (whole && digits.contains(".")) {
                return "";
            }
            return " (write " + digits + ": no " + (currency ? "currency sign" + (digits.length() < t.length() - 1 ? " or separators" : "")
                    : "thousands separators") + ")";
        }
        if (!whole && DECIMAL_COMMA.matcher(t).matches()) {
            return " (write " + t.replace(',', '.') + ": a decimal point, not a comma)";
        }
        if (t.endsWith("%")) {
            return whole ? " (give counts, not a percentage)" : " (give the number, not a percentage)";
        }
        return "";
    }

    /**
     * A number with thousands separators inside {...}: YAML ends a value at a comma there, so
     * {@code {numerator: 4,210}} reads as numerator 4 and a key '210' with no value (and a second
     * such number, {@code denominator: 4,300}, gives the key '300', or a duplicate key '210'). Each
     * is a problem at the number, saying how it was read and how to write it; the parser's
     * duplicate-key problems for such keys are replaced by them.
     */
    static List<Problem> splitNumbers(String file, String text, Node root, List<Problem> parserProblems) {
        if (!digitCommaDigits(text)) {
            return List.of();
        }
        List<Problem> found = new ArrayList<>();
        walk(file, text, root, new ArrayList<>(), found, null);
        for (Iterator<Problem> it = parserProblems.iterator(); it.hasNext(); ) {
            Problem p = it.next();
            if (p.message().startsWith("duplicate key '") && p.message().length() > 18 && threeDigits(p.message().substring(15, 18))
                    && p.message().charAt(18) == '\'') {
                // The duplicate is not in the tree; its map is the innermost one opened on its line before it.
                java.util.Map<MapNode, String> maps = new java.util.IdentityHashMap<>();
                walk(file, text, root, new ArrayList<>(), new ArrayList<>(), maps);
                String path = maps.entrySet().stream()
                        .filter(e -> e.getKey().at().line() == p.at().line() && e.getKey().at().column() < p.at().column())
                        .max(java.util.Comparator.comparingInt(e -> e.getKey().at().column()))
                        .map(java.util.Map.Entry::getValue).orElse(null);
                Problem split = split(file, text, p.at(), path);
                if (split != null) {
                    it.remove();
                    if (found.stream().noneMatch(f -> f.at().equals(split.at()))) {
                        found.add(split);
                    }
                }
            }
        }
        return found;
    }

    /** {@code maps}, when given, collects every map with its path (only to place a duplicate key, which is rare). */
    private static void walk(String file, String text, Node node, List<Object> path, List<Problem> found, java.util.Map<MapNode, String> maps) {
        if (node instanceof MapNode map) {
            if (maps != null) {
                maps.put(map, PlainText.name(path, false));
            }
            Entry previous = null;
            for (Entry e : map.entries().values()) {
                if (previous != null && threeDigits(e.key()) && e.value() instanceof ScalarNode v && v.isNull()
                        && previous.value() instanceof ScalarNode) {
                    Problem split = split(file, text, e.keyAt(), PlainText.name(path, false));
                    if (split != null && found.stream().noneMatch(f -> f.at().equals(split.at()))) {
                        found.add(split);
                    }
                }
                path.add(e.key());
                walk(file, text, e.value(), path, found, maps);
                path.remove(path.size() - 1);
                previous = e;
            }
        } else if (node instanceof ListNode l) {
            int i = 1;
            for (Node item : l.items()) {
                path.add(i++);
                walk(file, text, item, path, found, maps);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Whether the text holds a digit, a comma and three digits anywhere: the only way a number splits at a comma. */
    private static boolean digitCommaDigits(String text) {
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            if (i > 0 && i + 3 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean threeDigits(String key) {
        return key.length() == 3 && Character.isDigit(key.charAt(0)) && Character.isDigit(key.charAt(1)) && Character.isDigit(key.charAt(2));
    }

    /**
     * The problem for a key that is the tail of a number split at a comma: the key is written right
     * after "digit," in the file. Null when it is not (a real key '210'). {@code path} is the map's.
     */
    private static Problem split(String file, String text, Location keyAt, String path) {
        int key = index(text, keyAt);
        if (key < 2 || text.charAt(key - 1) != ',' || !Character.isDigit(text.charAt(key - 2))) {
            return null;
        }
        int start = key - 1;
        while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
            start--;
        }
        int end = key;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ',' && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1)))) {
            end++;
        }
        String written = text.substring(start, end);
        if (!THOUSANDS.matcher(written).matches()) {
            return null;
        }
        String[] parts = written.split(",");
        // The key the number was written for: the one just before it on its line.
        Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*:\\s*$").matcher(text.substring(Math.max(0, start - 60), start));
        String name = !m.find() ? "a number" : path == null || path.isEmpty() ? m.group(1) : path + "." + m.group(1);
        int column = keyAt.column() - (key - start);
        return new Problem(new Location(file, keyAt.line(), column), name + " is written " + written + ", which YAML reads as "
                + parts[0] + " followed by " + (parts.length == 2 ? "a key '" + parts[1] + "'" : "keys '"
                + String.join("', '", java.util.Arrays.asList(parts).subList(1, parts.length)) + "'")
                + " (a comma ends a value inside {...}); expected " + written.replace(",", "") + ", written without thousands separators");
    }

    /** The index in {@code text} of a location on a line of plain characters (a number's line), or -1. */
    private static int index(String text, Location at) {
        int i = 0;
        for (int line = 1; line < at.line(); line++) {
            i = text.indexOf('\n', i);
            if (i < 0) {
                return -1;
            }
            i++;
        }
        int index = i + at.column() - 1;
        return index < text.length() ? index : -1;
    }
}
