package org.mischecker.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mischecker.scheme.ExternalSource;
import org.mischecker.scheme.SchemeYear;

/**
 * External extracts to go with generated evidence (mis generate --external): one CSV per source the
 * pack names, one row per trust, as an auditor would hold them. Most rows repeat the trust's own
 * figures; about one row in twenty-five gives one numerator that differs (a trust counting a case the source
 * does not), and about one in fifty trusts has no row (not yet in the extract), so a check sees
 * agreement, disagreement and "not externally verified". The same seed gives the same files.
 */
public final class ExternalExtracts {

    private final SchemeYear scheme;
    private final long seed;
    private final LocalDate extracted;
    /** Per source: its figure columns (with the staff group for group figures) and the rows so far. */
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, StringBuilder> rows = new LinkedHashMap<>();

    public ExternalExtracts(SchemeYear scheme, long seed) {
        this.scheme = scheme;
        this.seed = seed;
        // Taken when NHS Resolution verifies: a month after the period closes, and never after the deadline.
        LocalDate end = scheme.parameter("period.end").orElseThrow().date().plusMonths(1);
        LocalDate deadline = scheme.parameter("declaration.deadline").map(p -> p.date()).orElse(end);
        this.extracted = end.isAfter(deadline) ? deadline : end;
        for (ExternalSource s : scheme.externalSources().values()) {
            List<String> keys = new ArrayList<>();
            scheme.actions().forEach(a -> a.evidence().values().stream().filter(k -> s.id().equals(k.verifiedBy())).forEach(k -> {
                if (k.groups().isEmpty()) {
                    keys.add(k.factKey());
                } else {
                    k.groups().forEach(g -> keys.add(k.factKey() + "." + g));
                }
            }));
            if (!keys.isEmpty()) {
                columns.put(s.id(), keys);
                rows.put(s.id(), new StringBuilder());
            }
        }
    }

    /** Adds trust number {@code index}'s rows, from the evidence the generator drew for it. */
    public void add(int index, Map<String, Object> trust) {
        Random random = new Random(seed * 7_919L + index * 31L + 17);
        @SuppressWarnings("unchecked")
        String ods = String.valueOf(((Map<String, Object>) trust.get("trust")).get("odsCode"));
        columns.forEach((source, keys) -> {
            if (random.nextDouble() < 0.02) {
                return;
            }
            StringBuilder row = rows.get(source).append(ods);
            int differs = random.nextDouble() < 0.04 ? random.nextInt(keys.size()) : -1;
            for (int i = 0; i < keys.size(); i++) {
                long[] own = figure(trust, keys.get(i));
                if (own == null) {
                    row.append(",,");
                    continue;
                }
                long numerator = own[0];
                if (i == differs) {
                    numerator = numerator > 0 ? numerator - 1 : Math.min(own[1], 1);
                }
                row.append(',').append(numerator).append(',').append(own[1]);
            }
            row.append('\n');
        });
    }

    /** File name and text of each extract. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        columns.forEach((source, keys) -> {
            StringBuilder text = new StringBuilder()
                    .append("# Synthetic extract (mis generate --seed ").append(seed).append("): ")
                    .append(scheme.externalSources().get(source).name()).append('\n')
                    .append("# source: ").append(source).append('\n')
                    .append("# schemeYear: ").append(scheme.year()).append('\n')
                    .append("# extracted: ").append(extracted).append('\n')
                    .append("odsCode");
            keys.forEach(k -> text.append(',').append(k).append(".numerator,").append(k).append(".denominator"));
            text.append('\n').append(rows.get(source));
            files.put(source + ".csv", text.toString());
        });
        return files;
    }

    /** The trust's own {numerator, denominator} for "SA1.key" or "SA2.key.group", or null when its evidence leaves it out. */
    @SuppressWarnings("unchecked")
    private static long[] figure(Map<String, Object> trust, String key) {
        String[] parts = key.split("\\.");
        Object node = trust.get(parts[0]);
        for (int i = 1; i < parts.length && node instanceof Map<?, ?> m; i++) {
            node = ((Map<String, Object>) m).get(parts[i]);
        }
        if (node instanceof Map<?, ?> f && f.get("numerator") instanceof Number n && f.get("denominator") instanceof Number d) {
            return new long[] {n.longValue(), d.longValue()};
        }
        return null;
    }
}
