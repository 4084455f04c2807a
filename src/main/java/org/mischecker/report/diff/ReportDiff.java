package org.mischecker.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mischecker.report.ActionResult;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;

/**
 * What changed between two results for a trust (mis diff OLD NEW): standards that became met, those
 * that regressed, other changes of outcome, and figures whose counts moved. Compares the report
 * models themselves, however each side was obtained (an evidence file checked now, or a saved JSON
 * result read back). Order follows the new result, then anything only the old one has.
 */
public record ReportDiff(TrustReport before, TrustReport after, List<Change> becameMet, List<Change> regressed,
                         List<Change> otherChanges, List<FigureMove> figuresMoved,
                         List<String> actionsBecameMet, List<String> actionsRegressed) {

    public ReportDiff {
        becameMet = List.copyOf(becameMet);
        regressed = List.copyOf(regressed);
        otherChanges = List.copyOf(otherChanges);
        figuresMoved = List.copyOf(figuresMoved);
        actionsBecameMet = List.copyOf(actionsBecameMet);
        actionsRegressed = List.copyOf(actionsRegressed);
    }

    /**
     * A standard whose outcome changed.
     *
     * @param before the outcome before, or null when the old result has no such standard
     * @param after the outcome now, or null when the new result has no such standard
     */
    public record Change(String standard, String title, Outcome before, Outcome after) {
    }

    /** A figure whose numerator or denominator changed; {@code detail} is the staff group, or null. */
    public record FigureMove(String standard, String check, String detail, FigureValue before, FigureValue after) {
    }

    public boolean sameTrust() {
        return Objects.equals(before.odsCode(), after.odsCode());
    }

    public boolean nothingChanged() {
        return becameMet.isEmpty() && regressed.isEmpty() && otherChanges.isEmpty() && figuresMoved.isEmpty();
    }

    public static ReportDiff between(TrustReport before, TrustReport after) {
        Map<String, StandardResult> was = standards(before);
        Map<String, StandardResult> now = standards(after);
        Map<String, StandardResult> ids = new LinkedHashMap<>(now);
        was.forEach(ids::putIfAbsent);
        List<Change> becameMet = new ArrayList<>();
        List<Change> regressed = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        List<FigureMove> moved = new ArrayList<>();
        for (String id : ids.keySet()) {
            StandardResult b = was.get(id);
            StandardResult a = now.get(id);
            Outcome from = b == null ? null : b.outcome();
            Outcome to = a == null ? null : a.outcome();
            Change change = new Change(id, a != null ? a.title() : b.title(), from, to);
            if (from != to) {
                if (to == Outcome.MET) {
                    becameMet.add(change);
                } else if (from == Outcome.MET) {
                    regressed.add(change);
                } else {
                    other.add(change);
                }
            }
            if (a != null && b != null) {
                moved.addAll(figureMoves(id, b, a));
            }
        }
        Map<String, Outcome> actionsBefore = actions(before);
        List<String> actionsMet = new ArrayList<>();
        List<String> actionsLost = new ArrayList<>();
        for (ActionResult a : after.actions()) {
            boolean wasMet = actionsBefore.get(a.id()) == Outcome.MET;
            if (a.outcome().isMet() && !wasMet) {
                actionsMet.add(a.id());
            } else if (wasMet && !a.outcome().isMet()) {
                actionsLost.add(a.id());
            }
        }
        Map<String, Outcome> actionsAfter = actions(after);
        actionsBefore.forEach((id, outcome) -> {
            if (outcome == Outcome.MET && !actionsAfter.containsKey(id)) {
                actionsLost.add(id);
            }
        });
        return new ReportDiff(before, after, becameMet, regressed, other, moved, actionsMet, actionsLost);
    }

    private static Map<String, StandardResult> standards(TrustReport r) {
        Map<String, StandardResult> byId = new LinkedHashMap<>();
        r.actions().forEach(a -> a.standards().forEach(s -> byId.put(s.id(), s)));
        return byId;
    }

    private static Map<String, Outcome> actions(TrustReport r) {
        Map<String, Outcome> byId = new LinkedHashMap<>();
        r.actions().forEach(a -> byId.put(a.id(), a.outcome()));
        return byId;
    }

    /** A figure is the same figure on both sides when its check and item (staff group) are. */
    private static List<FigureMove> figureMoves(String id, StandardResult before, StandardResult after) {
        List<FigureMove> moves = new ArrayList<>();
        for (Finding now : after.findings()) {
            if (now.figure() == null) {
                continue;
            }
            before.findings().stream()
                    .filter(was -> was.figure() != null && was.check().equals(now.check()) && Objects.equals(was.detail(), now.detail()))
                    .findFirst()
                    .filter(was -> was.figure().numerator() != now.figure().numerator()
                            || was.figure().denominator() != now.figure().denominator())
                    .ifPresent(was -> moves.add(new FigureMove(id, now.check(), now.detail(), was.figure(), now.figure())));
        }
        return moves;
    }
}
