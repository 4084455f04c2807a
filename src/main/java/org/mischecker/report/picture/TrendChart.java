package org.mischecker.report.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Outcome;

/**
 * Pictures of a trust across the year (mis trend): a figure over time against its threshold, and a
 * cadence filling up, one row per snapshot.
 */
public final class TrendChart {

    private TrendChart() {
    }

    /**
     * A figure at each snapshot date as a mark (met or not met) on a line, with the threshold as a
     * dashed line and each value written above its mark. The vertical scale runs from a little below
     * the lowest value or threshold to 100%, and says so.
     *
     * @param values the figure at each date; null where a snapshot has none
     */
    public static Picture figure(String name, List<LocalDate> dates, List<FigureValue> values, List<Outcome> outcomes) {
        BigDecimal required = values.stream().filter(v -> v != null && v.requiredPercent() != null).map(FigureValue::requiredPercent)
                .reduce((a, b) -> b).orElse(BigDecimal.ZERO);
        double low = required.doubleValue();
        for (FigureValue v : values) {
            if (v != null && percent(v) != null) {
                low = Math.min(low, percent(v).doubleValue());
            }
        }
        low = Math.max(0, Math.floor((low - 2) / 5) * 5);
        double width = 640;
        double left = 46;
        double right = width - 20;
        double top = 22;
        double bottom = 132;
        double lowF = low;
        java.util.function.DoubleUnaryOperator y = p -> bottom - (bottom - top) * (p - lowF) / (100 - lowF);
        List<String> said = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            FigureValue v = values.get(k);
            said.add(Words.day(dates.get(k)) + ": " + (v == null ? "no figure" : v.numerator() + " of " + v.denominator() + " ("
                    + shown(v) + ")" + (outcomes.get(k) == null ? "" : ", " + Marks.word(outcomes.get(k)))));
        }
        String alt = name + " over the year, against " + Words.percent(required) + " needed: " + String.join("; ", said) + ".";
        Svg svg = new Svg(width, 170, "trend-figure", alt);
        double step = 100 - low > 30 ? 10 : 5;
        for (double g = 100; g >= low - 0.001; g -= step) {
            svg.line(left, y.applyAsDouble(g), right, y.applyAsDouble(g), "stroke", Svg.TRACK, "stroke-width", 1);
            svg.text(left - 6, y.applyAsDouble(g) + 4, Svg.num(g) + "%", "text-anchor", "end", "font-size", 9, "fill", Svg.MUTED);
        }
        double yNeed = y.applyAsDouble(required.doubleValue());
        svg.line(left, yNeed, right, yNeed, "stroke", Svg.INK, "stroke-width", 2, "stroke-dasharray", "6 4");
        svg.text(right, yNeed - 5, Words.percent(required) + " needed", "text-anchor", "end", "font-size", 10, "font-weight", "bold",
                "fill", Svg.INK);
        List<Double> xs = xs(dates, left + 30, right - 90);
        List<Double> line = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            if (values.get(k) != null && percent(values.get(k)) != null) {
                line.add(xs.get(k));
                line.add(y.applyAsDouble(percent(values.get(k)).doubleValue()));
            }
        }
        if (line.size() >= 4) {
            svg.path(false, line.stream().mapToDouble(Double::doubleValue).toArray(), "fill", "none", "stroke", Svg.MUTED, "stroke-width", 1.5);
        }
        for (int k = 0; k < dates.size(); k++) {
            double x = xs.get(k);
            svg.text(x, 150, Words.day(dates.get(k)), "text-anchor", "middle", "font-size", 10, "fill", Svg.INK);
            FigureValue v = values.get(k);
            if (v == null || percent(v) == null) {
                svg.text(x, 120, "no figure", "text-anchor", "middle", "font-size", 10, "fill", Svg.MUTED);
                continue;
            }
            double py = y.applyAsDouble(percent(v).doubleValue());
            Outcome o = outcomes.get(k) == null ? (percent(v).compareTo(required) >= 0 ? Outcome.MET : Outcome.NOT_MET) : outcomes.get(k);
            Marks.draw(svg, o, x - 6, py - 6, 12);
            svg.text(x, py - 10, shown(v), "text-anchor", "middle", "font-size", 10, "font-weight", "bold", "fill", Svg.INK);
            svg.text(x, 164, v.numerator() + " of " + v.denominator(), "text-anchor", "middle", "font-size", 9, "fill", Svg.MUTED);
        }
        return new Picture("trend-figure", svg.done(), alt, said);
    }

    /**
     * A cadence at each snapshot, one row per snapshot on a shared time axis: covered intervals,
     * documents as diamonds, empty intervals crossed (dashed and open when not yet ended on the
     * snapshot's board date), and the snapshot's board date (if any) as a dashed tick; the period's overlapping last interval is a thin band under its row.
     *
     * @param coverage the cadence at each date; null where a snapshot has none
     */
    public static Picture cadence(String name, String every, List<LocalDate> dates, List<CadenceCoverage> coverage,
                                  List<LocalDate> boardDates) {
        LocalDate from = null;
        LocalDate to = null;
        for (CadenceCoverage c : coverage) {
            if (c == null) {
                continue;
            }
            for (CadenceCoverage.Interval i : c.intervals()) {
                from = from == null || i.start().isBefore(from) ? i.start() : from;
                to = to == null || i.end().isAfter(to) ? i.end() : to;
            }
        }
        double labelW = 92;
        double left = labelW + 8;
        double right = 632;
        double pitch = 38;
        double top = 6;
        List<String> said = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            CadenceCoverage c = coverage.get(k);
            said.add(Words.day(dates.get(k)) + ": " + (c == null ? "not checked" : (c.intervals().size() - c.missing().size()) + " of "
                    + c.intervals().size() + " intervals covered" + (c.missing().isEmpty() ? "" : "; none dated "
                    + String.join(", ", c.missing().stream().map(i -> Words.span(i.start(), i.end())).toList()))));
        }
        String alt = name + ", one every " + every + ", filling up over the year: " + String.join("; ", said) + ".";
        Svg svg = new Svg(640, top + dates.size() * pitch + 20, "trend-cadence", alt);
        LocalDate f = from;
        LocalDate t = to;
        java.util.function.Function<LocalDate, Double> x = d -> left + (right - left) * ChronoUnit.DAYS.between(f, d)
                / (double) (ChronoUnit.DAYS.between(f, t) + 1);
        for (int k = 0; k < dates.size(); k++) {
            double y = top + k * pitch;
            svg.text(0, y + 15, Words.day(dates.get(k)), "font-size", 10, "font-weight", "bold", "fill", Svg.INK);
            CadenceCoverage c = coverage.get(k);
            if (c == null || f == null) {
                svg.text(left, y + 15, "not checked in this snapshot", "font-size", 10, "fill", Svg.MUTED);
                continue;
            }
            List<List<CadenceCoverage.Interval>> lanes = CadenceStrip.lanes(c.intervals());
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (CadenceCoverage.Interval i : lanes.get(lane)) {
                    double x0 = x.apply(i.start()) + 1;
                    double w = Math.max(2, x.apply(i.end().plusDays(1)) - x0 - 1);
                    double h = lane == 0 ? 22 : 6;
                    double iy = lane == 0 ? y : y + 24 + (lane - 1) * 7;
                    LocalDate boardDate = boardDates.get(k);
                    if (i.covered()) {
                        svg.rect(x0, iy, w, h, "fill", "#dcefe2", "stroke", Svg.MET, "stroke-width", 1);
                    } else if (boardDate != null && !i.endedBefore(boardDate)) {
                        // Not yet due on this snapshot's board date: still open, not missed.
                        svg.rect(x0, iy, w, h, "fill", "#ffffff", "stroke", Svg.NO_EVIDENCE, "stroke-width", 1.2, "stroke-dasharray", "4 3");
                    } else {
                        svg.rect(x0, iy, w, h, "fill", "#fde3e7", "stroke", Svg.NOT_MET, "stroke-width", 1.5);
                        if (lane == 0) {
                            double cx = x0 + w / 2;
                            double cy = iy + h / 2;
                            svg.line(cx - 5, cy - 5, cx + 5, cy + 5, "stroke", Svg.NOT_MET, "stroke-width", 2, "stroke-linecap", "round");
                            svg.line(cx + 5, cy - 5, cx - 5, cy + 5, "stroke", Svg.NOT_MET, "stroke-width", 2, "stroke-linecap", "round");
                        }
                    }
                    if (lane == 0) {
                        for (LocalDate d : i.documentDates()) {
                            CadenceStrip.diamond(svg, x.apply(d) + 0.5, iy + h / 2);
                        }
                    }
                }
            }
            LocalDate board = boardDates.get(k);
            if (board != null && !board.isBefore(f) && !board.isAfter(t)) {
                double bx = x.apply(board);
                svg.line(bx, y - 3, bx, y + 31, "stroke", Svg.INK, "stroke-width", 2, "stroke-dasharray", "4 2");
            }
        }
        if (f != null) {
            double y = top + dates.size() * pitch + 8;
            svg.text(left, y, Words.shortDay(f), "font-size", 9, "fill", Svg.MUTED);
            svg.text(right, y, Words.shortDay(t), "font-size", 9, "fill", Svg.MUTED, "text-anchor", "end");
        }
        return new Picture("trend-cadence", svg.done(), alt, said);
    }

    private static BigDecimal percent(FigureValue v) {
        if (v.exactPercent() != null) {
            return v.exactPercent();
        }
        return v.denominator() == 0 ? null
                : BigDecimal.valueOf(v.numerator()).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(v.denominator()), 10, RoundingMode.DOWN);
    }

    private static String shown(FigureValue v) {
        String p = v.percent() == null ? (percent(v) == null ? "no cases" : percent(v).setScale(1, RoundingMode.DOWN).toPlainString()) : v.percent();
        return p.endsWith("%") || p.equals("no cases") ? p : p + "%";
    }

    /** Each date's x, spaced by time; evenly when the dates are all the same day. */
    private static List<Double> xs(List<LocalDate> dates, double from, double to) {
        List<Double> xs = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        for (int k = 0; k < dates.size(); k++) {
            xs.add(span == 0 ? from + (to - from) * (dates.size() == 1 ? 0.5 : k / (double) (dates.size() - 1))
                    : from + (to - from) * ChronoUnit.DAYS.between(dates.get(0), dates.get(k)) / (double) span);
        }
        return xs;
    }
}
