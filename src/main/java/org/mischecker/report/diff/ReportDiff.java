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
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * What changed between two results for a trust (mis diff OLD NEW): standards that became met, those
 * that regressed, other changes of outcome, and figures whose counts moved. Compares the report
 * models themselves, however each side was obtained (an evidence file checked now, or a saved JSON
 * result read back). Order follows the new result, then anything only the old one has.
 *
 * <p>Two results of different scheme years pair their standards by intent (what a standard means),
 * not by letter, since letters move between years; a standard whose pack gives no intent is paired
 * with nothing. A figure is compared only where it was measured the same way on both sides (the
 * same thresholds and time limits); otherwise the change of measure is stated, not hidden behind a
 * change of numbers.
 */
public record ReportDiff(TrustReport before, TrustReport after, List<Change> becameMet, List<Change> regressed,
                         List<Change> otherChanges, List<FigureMove> figuresMoved,
                         List<String> actionsBecameMet, List<String> actionsRegressed, List<MeasureChange> notComparable) {

    public ReportDiff {
        becameMet = List.copyOf(becameMet);
        regressed = List.copyOf(regressed);
        otherChanges = List.copyOf(otherChanges);
        figuresMoved = List.copyOf(figuresMoved);
        actionsBecameMet = List.copyOf(actionsBecameMet);
        actionsRegressed = List.copyOf(actionsRegressed);
        notComparable = List.copyOf(notComparable);
    }

    /**
     * A standard whose outcome changed.
     *
     * @param standard the standard's id now (or before, when only the old result has it)
     * @param previousId its id in the old result when that differs (a standard relettered between years), else null
     * @param before the outcome before, or null when the old result has no such standard
     * @param after the outcome now, or null when the new result has no such standard
     */
    public record Change(String standard, String previousId, String title, Outcome before, Outcome after) {
    }

    /** A figure whose numerator or denominator changed; {@code detail} is the staff group, or null. */
    public record FigureMove(String standard, String check, String detail, FigureValue before, FigureValue after) {
    }

    /** A figure measured differently on the two sides: its numbers are not compared, and what changed is said. */
    public record MeasureChange(String standard, String check, String detail, FigureValue before, FigureValue after, List<String> changes) {
        public MeasureChange {
            changes = List.copyOf(changes);
        }
    }

    public boolean sameTrust() {
        return Objects.equals(before.odsCode(), after.odsCode());
    }

    public boolean sameYear() {
        return before.schemeYear() == after.schemeYear();
    }

    public boolean nothingChanged() {
        return becameMet.isEmpty() && regressed.isEmpty() && otherChanges.isEmpty() && figuresMoved.isEmpty() && notComparable.isEmpty();
    }

    public static ReportDiff between(TrustReport before, TrustReport after) {
        boolean byIntent = before.schemeYear() != after.schemeYear();
        boolean bothChecked = before.conditions() != null && after.conditions() != null;
        Map<String, StandardResult> was = standards(before, byIntent, bothChecked);
        Map<String, StandardResult> now = standards(after, byIntent, bothChecked);
        Map<String, StandardResult> keys = new LinkedHashMap<>(now);
        was.forEach(keys::putIfAbsent);
        List<Change> becameMet = new ArrayList<>();
        List<Change> regressed = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        List<FigureMove> moved = new ArrayList<>();
        List<MeasureChange> notComparable = new ArrayList<>();
        for (String key : keys.keySet()) {
            StandardResult b = was.get(key);
            StandardResult a = now.get(key);
            Outcome from = b == null ? null : b.outcome();
            Outcome to = a == null ? null : a.outcome();
            String id = a != null ? a.id() : b.id();
            String previous = a != null && b != null && !a.id().equals(b.id()) ? b.id() : null;
            Change change = new Change(id, previous, a != null ? a.title() : b.title(), from, to);
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
                figureMoves(a.id(), b, a, moved, notComparable);
            }
        }
        Map<String, Outcome> actionsBefore = actions(before, bothChecked);
        List<String> actionsMet = new ArrayList<>();
        List<String> actionsLost = new ArrayList<>();
        for (ActionResult a : groups(after, bothChecked)) {
            boolean wasMet = actionsBefore.get(a.id()) == Outcome.MET;
            if (a.outcome().isMet() && !wasMet) {
                actionsMet.add(a.id());
            } else if (wasMet && !a.outcome().isMet()) {
                actionsLost.add(a.id());
            }
        }
        Map<String, Outcome> actionsAfter = actions(after, bothChecked);
        actionsBefore.forEach((id, outcome) -> {
            if (outcome == Outcome.MET && !actionsAfter.containsKey(id)) {
                actionsLost.add(id);
            }
        });
        return new ReportDiff(before, after, becameMet, regressed, other, moved, actionsMet, actionsLost, notComparable);
    }

    /** Standards by id within a year; across years by intent, those without one under a key of their own that pairs with nothing. */
    private static Map<String, StandardResult> standards(TrustReport r, boolean byIntent, boolean withConditions) {
        Map<String, StandardResult> byKey = new LinkedHashMap<>();
        groups(r, withConditions).forEach(a -> a.standards().forEach(s -> byKey.put(!byIntent ? s.id()
                : s.intent() != null ? s.intent() : "year " + r.schemeYear() + " " + s.id(), s)));
        return byKey;
    }

    /**
     * The actions, and the declaration's conditions when both sides checked them: a report whose form was
     * not yet sent has not lost its conditions, it has not reached them.
     */
    private static List<ActionResult> groups(TrustReport r, boolean withConditions) {
        return withConditions ? r.actionsAndConditions() : r.actions();
    }

    private static Map<String, Outcome> actions(TrustReport r, boolean withConditions) {
        Map<String, Outcome> byId = new LinkedHashMap<>();
        groups(r, withConditions).forEach(a -> byId.put(a.id(), a.outcome()));
        return byId;
    }

    /**
     * A figure is the same figure on both sides when its check and item (staff group) are; its numbers
     * are compared only when every value it was judged against is the same, else the change is stated.
     */
    private static void figureMoves(String id, StandardResult before, StandardResult after, List<FigureMove> moved,
                                    List<MeasureChange> notComparable) {
        for (Finding now : after.findings()) {
            if (now.figure() == null) {
                continue;
            }
            Finding was = before.findings().stream()
                    .filter(f -> f.figure() != null && f.check().equals(now.check()) && Objects.equals(f.detail(), now.detail()))
                    .findFirst().orElse(null);
            if (was == null) {
                continue;
            }
            List<String> changes = measureChanges(was, now);
            if (!changes.isEmpty()) {
                notComparable.add(new MeasureChange(id, now.check(), now.detail(), was.figure(), now.figure(), changes));
            } else if (was.figure().numerator() != now.figure().numerator() || was.figure().denominator() != now.figure().denominator()) {
                moved.add(new FigureMove(id, now.check(), now.detail(), was.figure(), now.figure()));
            }
        }
    }

    /** "sa1.published.minPct 50% -> 60%", for each value the two findings rest on that differs. */
    private static List<String> measureChanges(Finding was, Finding now) {
        Map<String, String> before = values(was);
        Map<String, String> after = values(now);
        List<String> changes = new ArrayList<>();
        after.forEach((key, value) -> {
            String old = before.get(key);
            if (old == null) {
                changes.add(key + " " + value + " (new)");
            } else if (!old.equals(value)) {
                changes.add(key + " " + old + " -> " + value);
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                changes.add(key + " " + value + " (no longer used)");
            }
        });
        return changes;
    }

    /** The values a finding was judged against, leaving out the period's dates (each year has its own). */
    private static Map<String, String> values(Finding f) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ThresholdUse t : f.thresholds()) {
            if (!t.key().endsWith(".start") && !t.key().endsWith(".end") && !t.key().endsWith(".from") && !t.key().endsWith(".to")) {
                values.put(t.key(), t.value());
            }
        }
        return values;
    }
}
