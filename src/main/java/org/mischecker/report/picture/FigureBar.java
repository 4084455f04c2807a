package org.mischecker.report.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;

/**
 * A figure against its threshold: a bar of the percentage on a 0 to 100 scale with the threshold
 * as a heavy line, and beside it the margin in percentage points and in cases ("1 more of 44
 * needed", "1 fewer would have missed it"). A margin the board's questions call narrow gets a
 * warning mark and says so, in the words of the narrow-margin question.
 */
public final class FigureBar {

    private static final double SCALE = 300;
    private static final double LEFT = 4;
    private static final double TRACK_Y = 20;
    private static final double TRACK_H = 14;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigureBar() {
    }

    /**
     * The bar for a finding's figure; empty when the figure is a count rather than a percentage, or
     * has no cases to take a percentage of.
     *
     * @param narrow true when the board's questions ask about this figure's narrow margin
     */
    public static Optional<Picture> of(Finding finding, boolean narrow) {
        FigureValue f = finding.figure();
        if (f == null || f.requiredPercent() == null || f.denominator() == 0) {
            return Optional.empty();
        }
        BigDecimal exact = f.exactPercent() != null ? f.exactPercent()
                : BigDecimal.valueOf(f.numerator()).multiply(HUNDRED).divide(BigDecimal.valueOf(f.denominator()), 10, RoundingMode.DOWN);
        BigDecimal required = f.requiredPercent();
        boolean met = exact.compareTo(required) >= 0;
        String shown = f.percent() == null ? exact.setScale(1, RoundingMode.DOWN).toPlainString() : f.percent();
        String value = shown.endsWith("%") ? shown : shown + "%";
        String needed = Words.percent(required) + " needed";
        String margin = margin(f, exact, required, met);
        String cases = cases(f, met);
        String name = finding.standard() + " " + finding.check() + (finding.detail() == null ? "" : " (" + finding.detail() + ")");
        String alt = name + ": " + value + " (" + f.numerator() + " of " + f.denominator() + ") against " + needed + "; " + margin
                + (cases.isEmpty() ? "" : "; " + cases) + (narrow ? "; a narrow margin, asked about in the questions for the board" : "") + ".";

        Svg svg = new Svg(560, 52, "figure", alt);
        double xValue = LEFT + SCALE * clamp(exact);
        double xNeed = LEFT + SCALE * clamp(required);
        svg.rect(LEFT, TRACK_Y, SCALE, TRACK_H, "fill", Svg.TRACK, "stroke", Svg.MUTED, "stroke-width", 0.8);
        if (xValue > LEFT) {
            svg.rect(LEFT, TRACK_Y, xValue - LEFT, TRACK_H, "fill", met ? Svg.MET : "#f3b3bd", "stroke", met ? Svg.INK : Svg.NOT_MET,
                    "stroke-width", 1);
        }
        svg.line(xNeed, TRACK_Y - 8, xNeed, TRACK_Y + TRACK_H + 4, "stroke", Svg.INK, "stroke-width", 2.5);
        svg.text(xNeed, TRACK_Y - 10, needed, "text-anchor", xNeed > LEFT + SCALE - 40 ? "end" : "middle", "font-size", 10,
                "fill", Svg.INK);
        svg.text(Math.max(LEFT, Math.min(xValue, LEFT + SCALE)), TRACK_Y + TRACK_H + 14, value, "text-anchor",
                xValue < LEFT + 20 ? "start" : xValue > LEFT + SCALE - 20 ? "end" : "middle", "font-size", 11, "font-weight", "bold",
                "fill", Svg.INK);
        double tx = LEFT + SCALE + 14;
        if (narrow) {
            ActionRow.warning(svg, tx, TRACK_Y - 12);
            tx += 20;
        }
        String first = narrow ? "narrow: " + margin : margin;
        svg.text(tx, TRACK_Y - 1, first, "font-size", 11, "font-weight", "bold", "fill", met ? Svg.INK : Svg.NOT_MET);
        if (!cases.isEmpty()) {
            svg.text(tx, TRACK_Y + 14, cases, "font-size", 11, "fill", Svg.INK);
        }
        return Optional.of(new Picture("figure", svg.done(), alt, List.of(alt)));
    }

    /** "1.8 points short", "met by 0.4 points", "met exactly". */
    static String margin(FigureValue f, BigDecimal exact, BigDecimal required, boolean met) {
        BigDecimal m = exact.subtract(required);
        if (!met) {
            return Words.points(m) + " short";
        }
        if (!f.leavesHeadroom()) {
            return "met: every case";
        }
        return m.signum() == 0 ? "met exactly" : "met by " + Words.points(m);
    }

    /** "1 more of 44 needed", "1 fewer would have missed it"; empty at a 100% threshold that is met. */
    static String cases(FigureValue f, boolean met) {
        if (!met) {
            return f.moreToMeet() + " more of " + f.denominator() + " needed";
        }
        if (!f.leavesHeadroom()) {
            return "";
        }
        long fewer = f.fewerToMiss();
        return fewer + " fewer would have missed it";
    }

    private static double clamp(BigDecimal percent) {
        double p = percent.doubleValue() / 100;
        return Math.max(0, Math.min(1, p));
    }
}
