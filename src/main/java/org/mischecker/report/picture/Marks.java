package org.mischecker.report.picture;

import org.mischecker.report.Outcome;

/**
 * An outcome as a mark that reads in black and white: met is a solid box with a tick, not met an
 * open box with a heavy cross, no evidence a dashed box with a question mark, not assessed a dotted
 * pale box with a dash. Colour is only an extra; the word goes with it wherever there is room.
 */
final class Marks {

    private Marks() {
    }

    /** The mark for {@code outcome} in a square {@code size} wide with its top left corner at (x, y). */
    static void draw(Svg svg, Outcome outcome, double x, double y, double size) {
        double s = size;
        switch (outcome) {
            case MET -> {
                svg.rect(x, y, s, s, "rx", s * 0.12, "fill", Svg.MET, "stroke", Svg.INK, "stroke-width", 1);
                svg.path(false, new double[] {x + s * 0.22, y + s * 0.52, x + s * 0.42, y + s * 0.72, x + s * 0.78, y + s * 0.28},
                        "fill", "none", "stroke", "#ffffff", "stroke-width", Math.max(2, s * 0.12), "stroke-linecap", "round",
                        "stroke-linejoin", "round");
            }
            case NOT_MET -> {
                svg.rect(x + 1, y + 1, s - 2, s - 2, "rx", s * 0.12, "fill", "#ffffff", "stroke", Svg.NOT_MET,
                        "stroke-width", Math.max(2, s * 0.09));
                double w = Math.max(2, s * 0.12);
                svg.line(x + s * 0.27, y + s * 0.27, x + s * 0.73, y + s * 0.73, "stroke", Svg.NOT_MET, "stroke-width", w,
                        "stroke-linecap", "round");
                svg.line(x + s * 0.73, y + s * 0.27, x + s * 0.27, y + s * 0.73, "stroke", Svg.NOT_MET, "stroke-width", w,
                        "stroke-linecap", "round");
            }
            case NO_EVIDENCE -> {
                svg.rect(x + 1, y + 1, s - 2, s - 2, "rx", s * 0.12, "fill", "#ffffff", "stroke", Svg.NO_EVIDENCE,
                        "stroke-width", Math.max(1.5, s * 0.06), "stroke-dasharray", dash(s * 0.14, s * 0.1));
                svg.text(x + s / 2, y + s * 0.74, "?", "text-anchor", "middle", "font-size", s * 0.66, "font-weight", "bold",
                        "fill", Svg.NO_EVIDENCE);
            }
            case NOT_ASSESSED -> {
                svg.rect(x + 1, y + 1, s - 2, s - 2, "rx", s * 0.12, "fill", "#eeeeee", "stroke", Svg.NOT_ASSESSED,
                        "stroke-width", Math.max(1, s * 0.04), "stroke-dasharray", dash(s * 0.04, s * 0.08));
                svg.line(x + s * 0.3, y + s / 2, x + s * 0.7, y + s / 2, "stroke", Svg.NOT_ASSESSED,
                        "stroke-width", Math.max(2, s * 0.1), "stroke-linecap", "round");
            }
            default -> throw new IllegalArgumentException(outcome.name());
        }
    }

    /** The word a mark is read as, short enough to sit under it. */
    static String word(Outcome outcome) {
        return switch (outcome) {
            case MET -> "met";
            case NOT_MET -> "not met";
            case NO_EVIDENCE -> "no evidence";
            case NOT_ASSESSED -> "not assessed";
        };
    }

    static String colour(Outcome outcome) {
        return switch (outcome) {
            case MET -> Svg.MET;
            case NOT_MET -> Svg.NOT_MET;
            case NO_EVIDENCE -> Svg.NO_EVIDENCE;
            case NOT_ASSESSED -> Svg.NOT_ASSESSED;
        };
    }

    /**
     * A one-line key to the marks, from (x, y), each mark with its word: the legend a printed page needs.
     *
     * @return the height used
     */
    static double legend(Svg svg, double x, double y) {
        double cx = x;
        for (Outcome o : Outcome.values()) {
            draw(svg, o, cx, y, 12);
            svg.text(cx + 16, y + 10, word(o), "fill", Svg.INK, "font-size", 10);
            cx += 16 + word(o).length() * 6.2 + 14;
        }
        return 14;
    }

    private static String dash(double on, double off) {
        return Svg.num(on) + " " + Svg.num(off);
    }
}
