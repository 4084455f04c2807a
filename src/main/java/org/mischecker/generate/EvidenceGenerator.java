package org.mischecker.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.rules.Cadence;
import org.mischecker.scheme.ActionInfo;
import org.mischecker.scheme.Body;
import org.mischecker.scheme.EvidenceKey;
import org.mischecker.scheme.Parameter;
import org.mischecker.scheme.SchemeYear;

/**
 * Realistic synthetic evidence for load tests and benchmarks: every figure is drawn around the
 * threshold its standard compares it with (read from the rule catalogue), cadence documents fall
 * in most intervals but now and then miss one, and a few keys are left out. The same seed and
 * index always give the same trust.
 */
public final class EvidenceGenerator {

    private static final String[] PLACES = {"Northshire", "Riverside", "Eastbridge", "Westmoor", "Kingsford",
            "Ashby", "Harrowdale", "Millbrook", "Oakfield", "Stonebridge", "Fairhaven", "Greenholt", "Redcliff",
            "Thornbury", "Whitmore", "Elmstead", "Brackenfield", "Lowmarsh", "Highgate Vale", "Castleton"};
    private static final String[] KINDS = {"Hospitals NHS Foundation Trust", "University Hospitals NHS Trust",
            "and District Hospitals NHS Foundation Trust", "Teaching Hospitals NHS Trust"};

    private final SchemeYear scheme;
    private final Map<String, List<Parameter>> parametersByKey = new LinkedHashMap<>();

    public EvidenceGenerator(SchemeYear scheme, List<ActionSpec> catalogue) {
        this.scheme = scheme;
        for (ActionSpec a : catalogue) {
            for (StandardSpec s : a.standards()) {
                for (StandardSpec.CheckSpec c : s.checks()) {
                    List<Parameter> params = c.parameters().stream().map(scheme.parameters()::get)
                            .filter(java.util.Objects::nonNull).toList();
                    c.evidence().forEach(k -> parametersByKey.merge(k, params, (x, y) -> {
                        List<Parameter> all = new ArrayList<>(x);
                        y.stream().filter(p -> !all.contains(p)).forEach(all::add);
                        return all;
                    }));
                }
            }
        }
    }

    /** The evidence of trust number {@code index} (from 0) for {@code seed}, as a YAML-ready map. */
    public Map<String, Object> trust(long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Trust t = new Trust(random);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemeYear", scheme.year());
        // An ordered map: Map.of iterates in an order that changes from one JVM run to the next.
        Map<String, Object> trust = new LinkedHashMap<>();
        trust.put("name", PLACES[index % PLACES.length] + (index >= PLACES.length ? " " + (index / PLACES.length + 1) : "")
                + " " + KINDS[random.nextInt(KINDS.length)]);
        trust.put("odsCode", odsCode(index));
        root.put("trust", trust);
        Map<String, Object> declared = new LinkedHashMap<>();
        root.put("boardDeclaration", declared);
        root.put("documents", t.documents);
        for (ActionInfo action : scheme.actions()) {
            Map<String, Object> section = new LinkedHashMap<>();
            for (EvidenceKey key : action.evidence().values()) {
                if (random.nextDouble() < 0.001) {
                    continue; // now and then a key is forgotten: NO EVIDENCE
                }
                Object value = t.value(key);
                if (value != null) {
                    section.put(key.name(), value);
                }
            }
            root.put(action.id(), section);
            declared.put(action.id(), random.nextDouble() < 0.97 ? "met" : "not met");
        }
        return root;
    }

    static String odsCode(int index) {
        String base36 = Integer.toString(index, 36).toUpperCase();
        return "R" + "0".repeat(Math.max(0, 3 - base36.length())) + base36;
    }

    /** One trust's draw: the documents it has so far and the values of its keys. */
    private final class Trust {
        private final Random random;
        private final List<Map<String, Object>> documents = new ArrayList<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        Trust(Random random) {
            this.random = random;
        }

        Object value(EvidenceKey key) {
            List<Parameter> params = parametersByKey.getOrDefault(key.factKey(), List.of());
            return switch (key.kind()) {
                case FIGURE -> figure(key, params);
                case GROUP_FIGURES -> {
                    Map<String, Object> groups = new LinkedHashMap<>();
                    key.groups().forEach(g -> groups.put(g, figure(key, params)));
                    yield groups;
                }
                case DOCUMENTS -> documents(key, params);
                case DOCUMENT -> document(key, params);
                case DECLARATION -> declaration(key, params);
                // whole-time equivalents: enough for two units, now and then too few for one
                case NUMBER -> BigDecimal.valueOf(random.nextDouble() < 0.98 ? 8 + random.nextInt(11) : 3)
                        .divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY);
                case COUNT -> 1 + (random.nextDouble() < 0.15 ? 1 : 0);
                case MONTH -> month(params);
            };
        }

        private Map<String, Object> figure(EvidenceKey key, List<Parameter> params) {
            Parameter count = params.stream().filter(p -> p.type().equals("count")).findFirst().orElse(null);
            Map<String, Object> f = new LinkedHashMap<>();
            if (count != null && params.stream().anyMatch(p -> p.key().endsWith(".total"))) {
                int total = params.stream().filter(p -> p.key().endsWith(".total")).findFirst().orElseThrow().integer();
                int min = count.integer();
                f.put("numerator", Math.max(0, Math.min(total, min + (random.nextDouble() < 0.97 ? random.nextInt(total - min + 1) : -1))));
                f.put("denominator", total);
                f.put("source", source(key));
                return f;
            }
            double threshold = params.stream().filter(p -> p.type().equals("percent")).findFirst()
                    .map(p -> p.number().doubleValue()).orElse(80.0);
            int denominator = (key.nonZero() ? 1 : 0) + random.nextInt(random.nextDouble() < 0.5 ? 60 : 600);
            double pct = random.nextDouble() < 0.985
                    ? threshold + Math.abs(random.nextGaussian()) * (100 - threshold) / 2
                    : threshold - Math.abs(random.nextGaussian()) * 5;
            pct = Math.max(0, Math.min(100, pct));
            long numerator = Math.min(denominator, (long) Math.ceil(pct * denominator / 100.0));
            f.put("numerator", numerator);
            f.put("denominator", denominator);
            if (random.nextDouble() < 0.98) {
                f.put("source", source(key));
            }
            return f;
        }

        /**
         * One report per action that its figures come from, as a trust's audit or data pack would be:
         * dated in the period's last month, or in the month from the earliest date such a source can
         * carry when that is later (a PMRT report counting every death to the end of the window).
         */
        private String source(EvidenceKey key) {
            LocalDate end = scheme.parameter("period.end").orElseThrow().date();
            LocalDate earliest = key.sourceFrom() == null ? null : scheme.parameter(key.sourceFrom()).orElseThrow().date();
            boolean later = earliest != null && earliest.isAfter(end.minusDays(30));
            return sources.computeIfAbsent(key.action(), a -> newDocument(key, later
                    ? between(earliest, earliest.plusDays(30)) : between(end.minusDays(30), end)));
        }

        private List<String> documents(EvidenceKey key, List<Parameter> params) {
            LocalDate from = date(params, true);
            LocalDate to = date(params, false);
            int every = params.stream().filter(p -> p.type().equals("months")).findFirst().map(Parameter::integer).orElse(0);
            List<String> ids = new ArrayList<>();
            if (every > 0) {
                for (Cadence.Window w : Cadence.windows(from, to, every)) {
                    if (random.nextDouble() < 0.995) {
                        ids.add(newDocument(key, between(w.start(), w.end())));
                    }
                }
            } else {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    ids.add(newDocument(key, between(from, to)));
                }
            }
            return ids;
        }

        private String document(EvidenceKey key, List<Parameter> params) {
            // A window of two dates when the rules give one; else the last N years before its end.
            boolean window = params.stream().filter(p -> p.type().equals("date")).count() >= 2;
            Parameter years = window ? null : params.stream().filter(p -> p.type().equals("years")).findFirst().orElse(null);
            LocalDate to = date(params, false);
            LocalDate from = years != null ? to.minusYears(years.integer()).plusDays(random.nextDouble() < 0.99 ? 0 : -120)
                    : date(params, true);
            return newDocument(key, between(from, to));
        }

        /** A yes names a document dated within its standard's period (the one its rules declare, else the year's). */
        private Map<String, Object> declaration(EvidenceKey key, List<Parameter> params) {
            Map<String, Object> d = new LinkedHashMap<>();
            boolean yes = Boolean.FALSE.equals(key.usualAnswer()) ? random.nextDouble() < 0.1 : random.nextDouble() < 0.995;
            d.put("answer", yes ? "yes" : "no");
            if (yes) {
                d.put("evidence", newDocument(key, between(date(params, true), date(params, false))));
            }
            return d;
        }

        private String month(List<Parameter> params) {
            YearMonth expected = params.stream().filter(p -> p.type().equals("month")).findFirst()
                    .map(Parameter::month).orElseGet(() -> YearMonth.from(scheme.exampleDay().orElseThrow()));
            return (random.nextDouble() < 0.995 ? expected : expected.minusMonths(1)).toString();
        }

        private LocalDate date(List<Parameter> params, boolean start) {
            List<Parameter> dates = params.stream().filter(p -> p.type().equals("date")).toList();
            if (dates.size() >= 2) {
                return (start ? dates.get(0) : dates.get(1)).date();
            }
            return scheme.parameter(start ? "period.start" : "period.end").orElseThrow().date();
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
        }

        private String newDocument(EvidenceKey key, LocalDate date) {
            String id = "doc-" + (documents.size() + 1);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", id);
            d.put("title", key.measure());
            d.put("date", date.toString());
            // Approved by the body its standard names, under the body's first name, when it names one.
            List<Body> bodies = scheme.bodiesOf(key);
            d.put("approvedBy", !bodies.isEmpty() ? bodies.get(0).names().get(0) : "Maternity governance");
            documents.add(d);
            return id;
        }
    }
}
