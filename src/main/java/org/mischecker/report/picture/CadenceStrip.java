package org.mischecker.report.picture;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.Finding;

/**
 * A cadence standard across its period: each interval as a box on a time axis, each document as a
 * diamond on its date, each empty interval crossed and listed with its dates under the strip. The
 * period's last interval overlaps the one before it (rules/Cadence), so it gets a lane of its own.
 * On a board date (--as-of) the date is a dashed line, and an empty interval that ended before it
 * (it can no longer be met) is crossed, while one still running or to come is dashed and "still open".
 */
public final class CadenceStrip {

    static final double WIDTH = 640;
    static final double LEFT = 8;
    static final double RIGHT = WIDTH - 8;
    private static final double LANE = 26;
    private static final double LANE_GAP = 6;
    private static final double TOP = 18;

    private CadenceStrip() {
    }

    /** The strip of a cadence finding; empty when the finding is not about a cadence or has no intervals. */
    public static java.util.Optional<Picture> of(Finding finding, LocalDate boardDate) {
        CadenceCoverage c = finding.cadence();
        if (c == null || c.intervals().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<CadenceCoverage.Interval> intervals = c.intervals();
        LocalDate from = intervals.stream().map(CadenceCoverage.Interval::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = intervals.stream().map(CadenceCoverage.Interval::end).max(LocalDate::compareTo).orElseThrow();
        Axis axis = new Axis(from, to);
        List<List<CadenceCoverage.Interval>> lanes = lanes(intervals);
        List<CadenceCoverage.Interval> missing = c.missing();

        String name = finding.standard() + " " + finding.check() + (finding.detail() == null ? "" : " (" + finding.detail() + ")");
        long covered = intervals.size() - missing.size();
        String alt = name + ", one every " + c.every() + ", " + Words.span(from, to) + ": " + covered + " of "
                + intervals.size() + (intervals.size() == 1 ? " interval" : " intervals") + (covered == 1 ? " has" : " have") + " a document"
                + (missing.isEmpty() ? "" : "; none dated " + String.join(", ", missing.stream().map(i -> Words.span(i.start(), i.end())).toList()))
                + boardDateSummary(missing, boardDate) + ".";

        double lanesBottom = TOP + lanes.size() * (LANE + LANE_GAP);
        double listY = lanesBottom + 18;
        double height = listY + missing.size() * 16 + 20;
        Svg svg = new Svg(WIDTH, height, "cadence", alt);
        for (int k = 0; k < lanes.size(); k++) {
            double y = TOP + k * (LANE + LANE_GAP);
            for (CadenceCoverage.Interval i : lanes.get(k)) {
                interval(svg, axis, i, y, boardDate);
            }
        }
        // The start of each interval of the first lane, and the end of the period, under the lanes.
        double lastLabel = -1e9;
        for (CadenceCoverage.Interval i : lanes.get(0)) {
            double x = axis.x(i.start());
            if (x - lastLabel >= 56) {
                svg.text(x + 1, lanesBottom + 4, Words.shortDay(i.start()), "font-size", 9, "fill", Svg.MUTED);
                lastLabel = x;
            }
        }
        svg.text(RIGHT, lanesBottom + 4, Words.shortDay(to), "font-size", 9, "fill", Svg.MUTED, "text-anchor", "end");
        if (boardDate != null && !boardDate.isBefore(from) && !boardDate.isAfter(to.plusDays(1))) {
            double x = axis.x(boardDate);
            svg.line(x, 10, x, lanesBottom - 2, "stroke", Svg.INK, "stroke-width", 2, "stroke-dasharray", "5 3");
            svg.text(x, 9, "board date " + Words.day(boardDate), "font-size", 10, "font-weight", "bold", "fill", Svg.INK,
                    "text-anchor", x < 90 ? "start" : x > WIDTH - 90 ? "end" : "middle");
        }
        double y = listY;
        for (CadenceCoverage.Interval i : missing) {
            boolean open = boardDate != null && !i.endedBefore(boardDate);
            if (open) {
                svg.rect(LEFT, y - 9, 10, 10, "fill", "#ffffff", "stroke", Svg.NO_EVIDENCE, "stroke-width", 1.2, "stroke-dasharray", "3 2");
            } else {
                Marks.draw(svg, org.mischecker.report.Outcome.NOT_MET, LEFT, y - 9, 10);
            }
            svg.text(LEFT + 16, y, "no document " + Words.span(i.start(), i.end()) + state(i, boardDate), "font-size", 11,
                    "fill", open ? Svg.INK : Svg.NOT_MET);
            y += 16;
        }
        legend(svg, y + 2);
        return java.util.Optional.of(new Picture("cadence", svg.done(), alt, text(c, boardDate)));
    }

    private static void interval(Svg svg, Axis axis, CadenceCoverage.Interval i, double y, LocalDate boardDate) {
        double x0 = axis.x(i.start());
        double x1 = axis.x(i.end().plusDays(1));
        double w = Math.max(2, x1 - x0 - 2);
        if (i.covered()) {
            svg.rect(x0 + 1, y, w, LANE, "fill", "#dcefe2", "stroke", Svg.MET, "stroke-width", 1.2);
        } else if (boardDate != null && !i.endedBefore(boardDate)) {
            svg.rect(x0 + 1, y, w, LANE, "fill", "#ffffff", "stroke", Svg.NO_EVIDENCE, "stroke-width", 1.5, "stroke-dasharray", "5 3");
            if (w > 60) {
                svg.text(x0 + 1 + w / 2, y + LANE / 2 + 4, "still open", "text-anchor", "middle", "font-size", 10, "fill", Svg.NO_EVIDENCE);
            }
        } else {
            svg.rect(x0 + 1, y, w, LANE, "fill", "#fde3e7", "stroke", Svg.NOT_MET, "stroke-width", 2);
            double cx = x0 + 1 + w / 2;
            double cy = y + LANE / 2;
            double r = Math.min(7, w / 3);
            svg.line(cx - r, cy - r, cx + r, cy + r, "stroke", Svg.NOT_MET, "stroke-width", 2.5, "stroke-linecap", "round");
            svg.line(cx + r, cy - r, cx - r, cy + r, "stroke", Svg.NOT_MET, "stroke-width", 2.5, "stroke-linecap", "round");
        }
        for (LocalDate d : i.documentDates()) {
            diamond(svg, axis.x(d) + 0.5, y + LANE / 2);
        }
    }

    static void diamond(Svg svg, double x, double y) {
        svg.path(true, new double[] {x, y - 6, x + 5, y, x, y + 6, x - 5, y}, "fill", Svg.INK, "stroke", "#ffffff", "stroke-width", 0.8);
    }

    private static void legend(Svg svg, double y) {
        diamond(svg, LEFT + 5, y + 5);
        svg.text(LEFT + 14, y + 9, "a document, on its date", "font-size", 10, "fill", Svg.MUTED);
        svg.rect(LEFT + 150, y, 14, 10, "fill", "#dcefe2", "stroke", Svg.MET, "stroke-width", 1);
        svg.text(LEFT + 168, y + 9, "interval with a document", "font-size", 10, "fill", Svg.MUTED);
        svg.rect(LEFT + 304, y, 14, 10, "fill", "#fde3e7", "stroke", Svg.NOT_MET, "stroke-width", 1.5);
        svg.text(LEFT + 322, y + 9, "interval with none", "font-size", 10, "fill", Svg.MUTED);
    }

    private static String state(CadenceCoverage.Interval i, LocalDate boardDate) {
        if (boardDate == null) {
            return "";
        }
        return i.endedBefore(boardDate) ? ": can no longer be met" : ": still open";
    }

    private static String boardDateSummary(List<CadenceCoverage.Interval> missing, LocalDate boardDate) {
        if (boardDate == null || missing.isEmpty()) {
            return "";
        }
        long closed = missing.stream().filter(i -> i.endedBefore(boardDate)).count();
        return "; on the board date " + Words.day(boardDate) + ", " + closed + " can no longer be met and "
                + (missing.size() - closed) + " " + (missing.size() - closed == 1 ? "is" : "are") + " still open";
    }

    private static List<String> text(CadenceCoverage c, LocalDate boardDate) {
        List<String> lines = new ArrayList<>();
        for (CadenceCoverage.Interval i : c.intervals()) {
            lines.add(Words.span(i.start(), i.end()) + ": " + (i.covered()
                    ? Words.plural(i.documentDates().size(), "document", "documents") + " ("
                    + String.join(", ", i.documentDates().stream().map(Words::day).toList()) + ")"
                    : "none" + state(i, boardDate)));
        }
        return lines;
    }

    /** Intervals in lanes: each goes in the first lane whose last interval ended before it starts. */
    static List<List<CadenceCoverage.Interval>> lanes(List<CadenceCoverage.Interval> intervals) {
        List<List<CadenceCoverage.Interval>> lanes = new ArrayList<>();
        for (CadenceCoverage.Interval i : intervals) {
            List<CadenceCoverage.Interval> lane = lanes.stream()
                    .filter(l -> l.get(l.size() - 1).end().isBefore(i.start())).findFirst().orElse(null);
            if (lane == null) {
                lane = new ArrayList<>();
                lanes.add(lane);
            }
            lane.add(i);
        }
        return lanes;
    }

    /** Days to x, from the first day of the period to the day after its last. */
    record Axis(LocalDate from, LocalDate to) {
        double x(LocalDate d) {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, d) / (double) days;
        }
    }
}
