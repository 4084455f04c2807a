package org.mischecker.report;

/**
 * Text safe to print in any report. Evidence text is refused at load when it holds control
 * characters (evidence/PlainText); this covers what comes from elsewhere: a file's own name, and a
 * saved result read back for mis diff.
 */
public final class Printable {

    private Printable() {
    }

    /** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates that reorder a line on screen. */
    public static boolean isControlOrBidi(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static boolean unsafe(int c) {
        return isControlOrBidi(c) || c == 0x2028 || c == 0x2029;
    }

    /** True when the text holds nothing that could break, hide or reorder a report line. */
    public static boolean plain(String text) {
        return text == null || text.codePoints().noneMatch(Printable::unsafe);
    }

    /**
     * The text with every control, bidirectional or line-separator character shown as its code,
     * {U+000A}, so a file named to look like a report line cannot forge one; plain text is returned as it is.
     */
    public static String visible(String text) {
        if (plain(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (unsafe(c)) {
                b.append(String.format("{U+%04X}", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
