package org.mischecker.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.Parameter;

/**
 * What changed between two scheme years' packs (mis pack diff), the table a governance lead wants
 * when a new year is published: standards paired by intent (what they mean), so a standard that
 * kept its meaning but changed its letter is "relettered", not removed and added; and for each pair
 * the values their checks rest on that changed (a threshold, a time limit, a period), with their
 * confidence.
 */
public record PackDiff(int fromYear, int toYear, List<Pairing> standards, List<ValueChange> values) {

    /** How a standard fares from one year to the next. */
    public enum Change { SAME, RELETTERED, ADDED, REMOVED, NO_INTENT }

    /** A standard of either year, paired by intent; {@code from} or {@code to} is null for one side only. */
    public record Pairing(String intent, Change change, StandardSpec from, StandardSpec to) {
    }

    /** A value a paired standard rests on that differs, or exists on one side only (null there). */
    public record ValueChange(String intent, String key, Parameter from, Parameter to) {
    }

    public PackDiff {
        standards = List.copyOf(standards);
        values = List.copyOf(values);
    }

    public static PackDiff between(RuleBook from, RuleBook to) {
        Map<String, StandardSpec> before = byIntent(from);
        Map<String, StandardSpec> after = byIntent(to);
        Set<String> intents = new LinkedHashSet<>(after.keySet());
        intents.addAll(before.keySet());
        List<Pairing> pairings = new ArrayList<>();
        List<ValueChange> values = new ArrayList<>();
        for (String intent : intents) {
            StandardSpec was = before.get(intent);
            StandardSpec now = after.get(intent);
            Change change = intent.startsWith("?") ? Change.NO_INTENT : was == null ? Change.ADDED : now == null ? Change.REMOVED
                    : was.id().equals(now.id()) ? Change.SAME : Change.RELETTERED;
            pairings.add(new Pairing(intent.startsWith("?") ? null : intent, change, was, now));
            if (was != null && now != null) {
                values.addAll(valueChanges(intent, was, now, from, to));
            }
        }
        return new PackDiff(from.scheme().year(), to.scheme().year(), pairings, values);
    }

    /** Standards by intent; one without an intent is keyed by its id (it cannot be paired across years). */
    private static Map<String, StandardSpec> byIntent(RuleBook book) {
        Map<String, StandardSpec> byIntent = new LinkedHashMap<>();
        for (ActionSpec a : book.catalogue()) {
            for (StandardSpec s : a.standards()) {
                byIntent.put(s.intent() == null ? "?" + book.scheme().year() + ":" + s.id() : s.intent(), s);
            }
        }
        return byIntent;
    }

    private static List<ValueChange> valueChanges(String intent, StandardSpec was, StandardSpec now, RuleBook from, RuleBook to) {
        Set<String> keys = new LinkedHashSet<>();
        was.checks().forEach(c -> keys.addAll(c.parameters()));
        now.checks().forEach(c -> keys.addAll(c.parameters()));
        List<ValueChange> changes = new ArrayList<>();
        for (String key : keys) {
            Parameter before = usedBy(was, key) ? from.scheme().parameters().get(key) : null;
            Parameter after = usedBy(now, key) ? to.scheme().parameters().get(key) : null;
            boolean same = before != null && after != null && Objects.equals(before.value(), after.value())
                    && before.confidence() == after.confidence();
            if (!same) {
                changes.add(new ValueChange(intent, key, before, after));
            }
        }
        return changes;
    }

    private static boolean usedBy(StandardSpec s, String key) {
        return s.checks().stream().anyMatch(c -> c.parameters().contains(key));
    }
}
