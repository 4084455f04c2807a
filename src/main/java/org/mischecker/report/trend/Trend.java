package org.mischecker.report.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;

/**
 * Several snapshots of one trust's results in one scheme year, in date order (mis trend): each
 * figure over time, each standard's outcome at each snapshot, and each cadence filling up. A
 * snapshot is dated by its content: the board date it was drawn up for (--as-of), else the latest
 * date of a document it cites, since the evidence cannot be older than its newest document.
 */
public record Trend(List<Snapshot> snapshots) {

    public Trend {
        snapshots = List.copyOf(snapshots);
    }

    /** One result and where it came from. */
    public record Snapshot(String source, LocalDate date, TrustReport report) {
    }

    /** Snapshots that cannot be followed as one trust's year. */
    public static final class NotOneTrust extends Exception {
        public NotOneTrust(String message) {
            super(message, null, false, false);
        }
    }

    /** A figure (standard, check, staff group) at each snapshot; null where a snapshot has none. */
    public record FigureSeries(String standard, String check, String detail, List<FigureValue> values, List<Outcome> outcomes) {
    }

    /** A standard's outcome at each snapshot; null where a snapshot does not have it. */
    public record OutcomeRow(String standard, String title, List<Outcome> outcomes) {
    }

    /** A cadence check's coverage at each snapshot; null where a snapshot has none. */
    public record CadenceSeries(String standard, String check, String every, List<CadenceCoverage> coverage) {
    }

    /**
     * The snapshots in date order (then by source, so the order is the same however they are given).
     *
     * @param results source (a file name) to its result, in any order
     */
    public static Trend of(Map<String, TrustReport> results) throws NotOneTrust {
        List<Snapshot> snapshots = new ArrayList<>();
        Map.Entry<String, TrustReport> first = null;
        for (Map.Entry<String, TrustReport> e : results.entrySet()) {
            TrustReport r = e.getValue();
            if (first == null) {
                first = e;
            } else if (!Objects.equals(r.odsCode(), first.getValue().odsCode())) {
                throw new NotOneTrust(e.getKey() + " is " + r.trustName() + " (ODS " + r.odsCode() + ") but " + first.getKey() + " is "
                        + first.getValue().trustName() + " (ODS " + first.getValue().odsCode()
                        + "); a trend follows one trust: give snapshots of one trust");
            } else if (r.schemeYear() != first.getValue().schemeYear()) {
                throw new NotOneTrust(e.getKey() + " is scheme year " + r.schemeYear() + " but " + first.getKey() + " is scheme year "
                        + first.getValue().schemeYear() + "; a trend follows one scheme year, whose standards and thresholds are its own:"
                        + " give snapshots of one year");
            }
            LocalDate date = dateOf(r);
            if (date == null) {
                throw new NotOneTrust(e.getKey() + ": cannot be dated: it cites no dated document and was not checked --as-of a board"
                        + " date; expected a result with at least one dated document");
            }
            snapshots.add(new Snapshot(e.getKey(), date, r));
        }
        snapshots.sort(Comparator.comparing(Snapshot::date).thenComparing(Snapshot::source));
        return new Trend(snapshots);
    }

    /** The board date, else the latest date of a document the report cites; null when it cites none. */
    public static LocalDate dateOf(TrustReport r) {
        if (r.asOf() != null) {
            return r.asOf().date();
        }
        LocalDate latest = null;
        for (var a : r.actions()) {
            for (StandardResult s : a.standards()) {
                for (Finding f : s.findings()) {
                    for (EvidenceUse e : f.evidence()) {
                        LocalDate d = e.date() == null ? null : parse(e.date());
                        latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
                    }
                    if (f.cadence() != null) {
                        for (CadenceCoverage.Interval i : f.cadence().intervals()) {
                            for (LocalDate d : i.documentDates()) {
                                latest = latest == null || d.isAfter(latest) ? d : latest;
                            }
                        }
                    }
                }
            }
        }
        return latest;
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public TrustReport latest() {
        return snapshots.get(snapshots.size() - 1).report();
    }

    /** Every standard, in the order of the latest snapshot (then any only earlier ones have). */
    public List<OutcomeRow> outcomes() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (int k = snapshots.size() - 1; k >= 0; k--) {
            snapshots.get(k).report().actions().forEach(a -> a.standards().forEach(s -> titles.putIfAbsent(s.id(), s.title())));
        }
        List<OutcomeRow> rows = new ArrayList<>();
        titles.forEach((id, title) -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (Snapshot s : snapshots) {
                outcomes.add(s.report().actions().stream().flatMap(a -> a.standards().stream()).filter(st -> st.id().equals(id))
                        .map(StandardResult::outcome).findFirst().orElse(null));
            }
            rows.add(new OutcomeRow(id, title, outcomes));
        });
        return rows;
    }

    /** Every percentage figure (one with a threshold percentage) at each snapshot. */
    public List<FigureSeries> figures() {
        Map<List<String>, FigureSeries> series = new LinkedHashMap<>();
        // In the latest snapshot's order, then any figure only earlier ones have.
        for (int k = snapshots.size() - 1; k >= 0; k--) {
            for (Finding f : findings(snapshots.get(k).report())) {
                if (f.figure() != null && f.figure().requiredPercent() != null) {
                    series.putIfAbsent(java.util.Arrays.asList(f.standard(), f.check(), f.detail()), new FigureSeries(f.standard(), f.check(),
                            f.detail(), nulls(snapshots.size()), nulls(snapshots.size())));
                }
            }
        }
        for (int k = 0; k < snapshots.size(); k++) {
            for (Finding f : findings(snapshots.get(k).report())) {
                if (f.figure() == null || f.figure().requiredPercent() == null) {
                    continue;
                }
                List<String> key = java.util.Arrays.asList(f.standard(), f.check(), f.detail());
                int at = k;
                FigureSeries s = series.computeIfAbsent(key, x -> new FigureSeries(f.standard(), f.check(), f.detail(),
                        nulls(snapshots.size()), nulls(snapshots.size())));
                s.values().set(at, f.figure());
                s.outcomes().set(at, f.outcome());
            }
        }
        return List.copyOf(series.values());
    }

    /** Every cadence check at each snapshot. */
    public List<CadenceSeries> cadences() {
        Map<List<String>, CadenceSeries> series = new LinkedHashMap<>();
        for (int k = 0; k < snapshots.size(); k++) {
            for (Finding f : findings(snapshots.get(k).report())) {
                if (f.cadence() == null || f.cadence().intervals().isEmpty()) {
                    continue;
                }
                List<String> key = java.util.Arrays.asList(f.standard(), f.check(), f.detail());
                CadenceSeries s = series.computeIfAbsent(key, x -> new CadenceSeries(f.standard(),
                        f.check() + (f.detail() == null ? "" : " (" + f.detail() + ")"), f.cadence().every(), nulls(snapshots.size())));
                s.coverage().set(k, f.cadence());
            }
        }
        return List.copyOf(series.values());
    }

    private static List<Finding> findings(TrustReport r) {
        return r.actions().stream().flatMap(a -> a.standards().stream()).flatMap(s -> s.findings().stream()).toList();
    }

    private static <T> List<T> nulls(int n) {
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(null);
        }
        return list;
    }
}
