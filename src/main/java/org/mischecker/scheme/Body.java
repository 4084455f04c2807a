package org.mischecker.scheme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A body a standard names as approving or receiving its evidence (the Trust Board, the LMNS, ...),
 * defined once under {@code bodies:} in a year's evidence.yaml and named by id in the {@code approver:}
 * lists of its keys.
 *
 * <p>A document's {@code approvedBy} names the body when, once normalised ({@link #normalise}), it is
 * one of the body's names: matched whole, so "LMNS board" is not the Trust Board and "Board-level
 * safety champion" (a person) is not the Board.
 *
 * @param wording how messages name it, for example "the Trust Board (or a Board committee with delegated authority)"
 * @param names the names that identify it, as written in evidence.yaml
 * @param delegation the key of the reading (a thresholds.yaml parameter of type reading) under which a
 *                   committee the evidence file lists under {@code boardCommittees} counts as this body;
 *                   null when no committee can stand for it
 */
public record Body(String id, String wording, List<String> names, String delegation) {

    private static final Pattern CLOSING_PARENTHETICAL = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    public Body {
        names = List.copyOf(names);
    }

    /** True when {@code approvedBy}, normalised, is one of this body's names. */
    public boolean isNamedBy(String approvedBy) {
        String by = normalise(approvedBy);
        if (by.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (normalise(name).equals(by)) {
                return true;
            }
        }
        return false;
    }

    /** True when committees listed as holding authority delegated by this body count as it. */
    public boolean delegates() {
        return delegation != null;
    }

    /** The wording without its closing note in brackets: "the Trust Board". */
    public String shortWording() {
        return CLOSING_PARENTHETICAL.matcher(wording).replaceFirst("");
    }

    /** The names as a reader writes them: "Board, Trust Board or Board of Directors". */
    public String namesText() {
        return orList(names);
    }

    /**
     * A name as it is compared: any closing parenthetical dropped ("Trust Board (public meeting)" is the
     * Trust Board), case ignored, and every run of spaces and punctuation read as one space.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = CLOSING_PARENTHETICAL.matcher(text).replaceFirst("");
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct normalised forms of some names, for refusing a name listed twice. */
    static Set<String> normalised(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(normalise(n)));
        return out;
    }

    /** "a", "a or b", "a, b or c". */
    public static String orList(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
