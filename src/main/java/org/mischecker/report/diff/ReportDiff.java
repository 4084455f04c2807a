package org.mischecker.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two results for a trust (mis diff OLD NEW): standards that became met, those
 * that regressed, other changes of outcome, and figures whose counts moved. Order follows the new
 * result, then anything only the old one has.
 */
public record ReportDiff(ResultSnapshot before, ResultSnapshot after, List<Change> becameMet, List<Change> regressed,
                         List<Change> otherChanges, List<FigureMove> figuresMoved,
                         List<String> actionsBecameMet, List<String> actionsRegressed) {

    /** Written for a standard present on one side only. */
    public static final String ABSENT = "ABSENT";

    public ReportDiff {
        becameMet = List.copyOf(becameMet);
        regressed = List.copyOf(regressed);
        otherChanges = List.copyOf(otherChanges);
        figuresMoved = List.copyOf(figuresMoved);
        actionsBecameMet = List.copyOf(actionsBecameMet);
        actionsRegressed = List.copyOf(actionsRegressed);
    }

    /** A standard whose outcome changed (Outcome names, or ABSENT). */
    public record Change(String standard, String title, String before, String after) {
    }

    /** A figure whose numerator or denominator changed. */
    public record FigureMove(String standard, String check, String detail, ResultSnapshot.Figure before,
                             ResultSnapshot.Figure after) {
    }

    public boolean sameTrust() {
        return Objects.equals(before.odsCode(), after.odsCode());
    }

    public boolean nothingChanged() {
        return becameMet.isEmpty() && regressed.isEmpty() && otherChanges.isEmpty() && figuresMoved.isEmpty();
    }

    public static ReportDiff between(ResultSnapshot before, ResultSnapshot after) {
        Set<String> ids = new LinkedHashSet<>(after.standards().keySet());
        ids.addAll(before.standards().keySet());
        List<Change> becameMet = new ArrayList<>();
        List<Change> regressed = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        List<FigureMove> moved = new ArrayList<>();
        for (String id : ids) {
            ResultSnapshot.Standard b = before.standards().get(id);
            ResultSnapshot.Standard a = after.standards().get(id);
            String was = b == null ? ABSENT : b.outcome();
            String now = a == null ? ABSENT : a.outcome();
            Change change = new Change(id, a != null ? a.title() : b.title(), was, now);
            if (!was.equals(now)) {
                if (now.equals("MET")) {
                    becameMet.add(change);
                } else if (was.equals("MET")) {
                    regressed.add(change);
                } else {
                    other.add(change);
                }
            }
            if (a != null && b != null) {
                moved.addAll(figureMoves(id, b, a));
            }
        }
        List<String> actionsMet = new ArrayList<>();
        List<String> actionsLost = new ArrayList<>();
        for (Map.Entry<String, String> e : after.actionOutcomes().entrySet()) {
            String was = before.actionOutcomes().get(e.getKey());
            boolean wasMet = "MET".equals(was);
            boolean isMet = "MET".equals(e.getValue());
            if (isMet && !wasMet) {
                actionsMet.add(e.getKey());
            } else if (wasMet && !isMet) {
                actionsLost.add(e.getKey());
            }
        }
        before.actionOutcomes().forEach((id, was) -> {
            if ("MET".equals(was) && !after.actionOutcomes().containsKey(id)) {
                actionsLost.add(id);
            }
        });
        return new ReportDiff(before, after, becameMet, regressed, other, moved, actionsMet, actionsLost);
    }

    private static List<FigureMove> figureMoves(String id, ResultSnapshot.Standard before, ResultSnapshot.Standard after) {
        List<FigureMove> moves = new ArrayList<>();
        for (ResultSnapshot.Figure now : after.figures()) {
            before.figures().stream().filter(was -> was.identity().equals(now.identity())).findFirst()
                    .filter(was -> was.numerator() != now.numerator() || was.denominator() != now.denominator())
                    .ifPresent(was -> moves.add(new FigureMove(id, now.check(), now.detail(), was, now)));
        }
        return moves;
    }
}
