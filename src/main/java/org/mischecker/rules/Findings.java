package org.mischecker.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.mischecker.evidence.Amount;
import org.mischecker.evidence.Declaration;
import org.mischecker.evidence.DeclarationForm;
import org.mischecker.evidence.Document;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.Figure;
import org.mischecker.evidence.MonthValue;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.ThresholdUse;
import org.mischecker.scheme.Body;
import org.mischecker.scheme.EvidenceKey;
import org.mischecker.scheme.EvidenceKind;
import org.mischecker.scheme.Parameter;
import org.mischecker.scheme.SchemeYear;

/**
 * The one call a rule's consequence makes: turns the matched facts into a {@link Finding} with a
 * rationale that quotes the figure, the threshold and the period. Rules decide the outcome (each
 * rule is one polarity); this class only words it. Set as the session global {@code findings}.
 */
public final class Findings {

    private final Map<String, EvidenceKey> evidenceKeys;
    private final Map<Rule, Labels> labels;
    private final Parameter zeroCases;
    /** The reading that external data decides a figure (C-VER-1), which a figure it decided rests on; null when the pack has none. */
    private final Parameter externalReading;
    private final Map<String, Document> documents;
    private final Approvals approvals;
    private final Map<Document, String> described = new java.util.IdentityHashMap<>();
    /** On a board date, the figures left out because their source is dated after it, with that source. */
    private final Map<String, Document> laterSources;
    private final Evidence evidence;
    /** The year, for the examples its messages give (a month written YYYY-MM, for example one of its own). */
    private final SchemeYear scheme;
    /** The listed documents something cites (Evidence.citedDocuments), worked out when a cadence first misses an interval. */
    private java.util.Set<String> cited;
    /** The documents each key cites, worked out with {@link #cited}. */
    private Map<String, java.util.Set<String>> citedByKey;

    /**
     * @param scheme the year the rules are of
     * @param evidenceKeys the year's evidence keys by fact key ({@link #evidenceKeysOf}), built once
     *                     per year rather than for every file
     * @param labels the rules' labels ({@link #labelsOf}), built once per KieBase
     * @param zeroCases the reading that 0 of 0 counts as met, which a figure met on no cases rests on; null when the year has none
     * @param evidence the file the findings are about: its documents, which it cites, and (on a board date) the figures left out
     * @param approvals who approved the file's documents, against the bodies their standards name (the
     *                  same object the rules ask), so the wording can say who approved a document and who should have
     */
    Findings(SchemeYear scheme, Map<String, EvidenceKey> evidenceKeys, Map<Rule, Labels> labels, Parameter zeroCases, Evidence evidence,
             Approvals approvals) {
        this.scheme = scheme;
        this.evidence = evidence;
        this.laterSources = evidence.laterSources();
        this.evidenceKeys = evidenceKeys;
        this.labels = labels;
        this.zeroCases = zeroCases;
        this.externalReading = scheme.parameter(EXTERNAL_DECIDES).filter(Parameter::known).orElse(null);
        this.documents = new java.util.HashMap<>();
        evidence.documents().forEach(d -> this.documents.put(d.id(), d));
        this.approvals = approvals;
    }

    /** The reading under which a figure external data gives decides the standard (mis-spec.md C-VER-1). */
    public static final String EXTERNAL_DECIDES = "external.decides";

    public static Map<String, EvidenceKey> evidenceKeysOf(SchemeYear scheme) {
        Map<String, EvidenceKey> keys = new java.util.HashMap<>();
        scheme.actions().forEach(a -> a.evidence().values().forEach(k -> keys.put(k.factKey(), k)));
        return Map.copyOf(keys);
    }

    // ---- figures -------------------------------------------------------------------------------

    /** A ratio against a minimum percentage, e.g. "41 of 44 deaths (93.2%); needs at least 95%". */
    public Finding ratio(Rule rule, Outcome outcome, Figure figure, Parameter min, Parameter... period) {
        String text;
        String toComply = null;
        if (figure.denominator() == 0) {
            text = figure.measure() + ": no " + figure.unit() + (period.length == 2 ? " in the period" : "") + external(figure)
                    + (outcome == Outcome.MET ? ", so none fell short" : "; this year's rule pack does not count none as met");
            if (outcome == Outcome.NOT_MET) {
                toComply = "ask the governance lead whether this year's guidance counts a figure with no cases as met";
            }
        } else {
            text = figure.measure() + " for " + figure.numerator() + " of " + figure.denominator() + " " + figure.unit()
                    + " (" + figure.percentText(min.number()) + ")" + external(figure) + "; needs at least " + min.display();
            long more = figure.shortfall(min.number());
            if (outcome == Outcome.NOT_MET && more > 0) {
                toComply = more + " more of the " + figure.denominator() + " " + figure.unit() + " needed to reach "
                        + min.display();
            }
        }
        text += periodText(period);
        List<Parameter> used = new ArrayList<>(List.of(min));
        used.addAll(Arrays.asList(period));
        if (figure.denominator() == 0 && outcome == Outcome.MET && zeroCases != null) {
            used.add(zeroCases);
        }
        if (figure.verified() != null) {
            used.add(externalReading);
        }
        return new Finding(standard(rule), check(rule), figure.group(), outcome,
                prefix(rule, outcome, figure.group()) + text + sourceText(figure.source()),
                new FigureValue(figure.numerator(), figure.denominator(), figure.percentText(min.number()), "at least " + min.display(),
                        figure.percent(), min.number()),
                thresholds(rule, used), uses(figure), null, toComply);
    }

    /**
     * Where external data decided the figure: which data, when extracted, and what the trust itself
     * reported, so the rationale quotes both ("in MBRRACE-UK PMRT data extracted 10 Jan 2023; the trust
     * reports 41 of 44"); empty for the trust's own figure.
     */
    private static String external(Figure figure) {
        Figure.Verified v = figure.verified();
        if (v == null) {
            return "";
        }
        boolean same = !v.disagrees(figure.numerator(), figure.denominator());
        return " in " + v.sourceName() + " extracted " + Parameter.formatDate(v.extracted()) + " (the trust reports "
                + v.reportedNumerator() + " of " + v.reportedDenominator() + (same ? ", the same" : "") + ")";
    }

    /** The evidence a figure's finding read: the trust's figure, and the external extract's row when it decided it. */
    private List<EvidenceUse> uses(Figure figure) {
        EvidenceUse own = use(figure.key(), figure.at().toString(), figure.source());
        Figure.Verified v = figure.verified();
        if (v == null) {
            return List.of(own);
        }
        return List.of(own, new EvidenceUse(figure.key(), v.at().toString(), null, v.sourceName() + " extract",
                v.extracted().toString(), null, null));
    }

    /**
     * A figure below the level its standard expects, where the guidance asks for an action plan when it
     * falls short (year 5's labour ward coordinator: 100% expected, an action plan if short), and no plan
     * is given: not met, whatever the scheme makes of a shortfall that has one.
     *
     * @param planKey the evidence key of the action plan (for example SA5.coordinatorActionPlan)
     */
    public Finding shortWithoutPlan(Rule rule, Figure figure, Parameter expected, String planKey, Parameter... period) {
        EvidenceKey plan = evidenceKeys.get(planKey);
        String text = shortText(figure, expected) + "; an action plan is needed when it falls short, and none is given ("
                + planKey + (plan == null ? "" : ": " + plan.measure()) + ")" + periodText(period);
        String toComply = figure.shortfall(expected.number()) + " more of the " + figure.denominator() + " " + figure.unit()
                + " needed to reach " + expected.display() + "; short of that, the action plan is needed in any case (" + planKey + ")";
        List<Parameter> used = new ArrayList<>(List.of(expected));
        used.addAll(Arrays.asList(period));
        return new Finding(standard(rule), check(rule), null, Outcome.NOT_MET,
                prefix(rule, Outcome.NOT_MET, null) + text + sourceText(figure.source()), figureValue(figure, expected),
                thresholds(rule, used), List.of(use(figure.key(), figure.at().toString(), figure.source())), null, toComply);
    }

    /**
     * The same shortfall with the action plan the guidance asks for, where the notes do not say whether
     * a shortfall with a plan meets the standard (GAP): not assessed, saying what is known and what is
     * not, rather than guessed either way.
     */
    public Finding shortWithPlanNotKnown(Rule rule, Figure figure, Parameter expected, DocumentRef plan, Parameter... period) {
        String text = shortText(figure, expected) + "; an action plan is given: " + describe(plan.document())
                + "; whether a shortfall with an action plan meets the standard is not known for this scheme year (GAP),"
                + " so it is not judged" + periodText(period);
        String toComply = figure.shortfall(expected.number()) + " more of the " + figure.denominator() + " " + figure.unit()
                + " would reach " + expected.display() + ", which meets the standard whatever the answer";
        List<Parameter> used = new ArrayList<>(List.of(expected));
        used.addAll(Arrays.asList(period));
        used.addAll(readings(List.of(plan)));
        return new Finding(standard(rule), check(rule), null, Outcome.NOT_ASSESSED,
                prefix(rule, Outcome.NOT_ASSESSED, null) + text + sourceText(figure.source()), figureValue(figure, expected),
                thresholds(rule, used), List.of(use(figure.key(), figure.at().toString(), figure.source()), use(plan)), null, toComply);
    }

    /** "shifts ... for 940 of 948 shifts (99.2%), below the 100% expected". */
    private static String shortText(Figure figure, Parameter expected) {
        return figure.measure() + " for " + figure.numerator() + " of " + figure.denominator() + " " + figure.unit()
                + " (" + figure.percentText(expected.number()) + "), below the " + expected.display() + " expected";
    }

    private static FigureValue figureValue(Figure figure, Parameter min) {
        return new FigureValue(figure.numerator(), figure.denominator(), figure.percentText(min.number()), "at least " + min.display(),
                figure.percent(), min.number());
    }

    /**
     * A figure whose source document is dated before the earliest date that source can carry (a report
     * counting every death to the end of the window, dated before the window closed): it cannot hold the
     * data the figure reports, whatever the figure says.
     */
    public Finding sourceBeforeEarliest(Rule rule, Figure figure, Parameter earliest) {
        Document d = documents.get(figure.source());
        String text = figure.measure() + ": " + figure.numerator() + " of " + figure.denominator() + " " + figure.unit()
                + ", from " + describe(d) + "; the source is dated " + Parameter.formatDate(figure.sourceDate()) + ", before "
                + earliest.display() + ", the earliest date a source of this figure can carry, so it cannot hold all the data the figure reports";
        return new Finding(standard(rule), check(rule), figure.group(), Outcome.NOT_MET,
                prefix(rule, Outcome.NOT_MET, figure.group()) + text, null, thresholds(rule, List.of(earliest)),
                List.of(use(figure.key(), figure.at().toString(), figure.source())), null,
                "give the figure from a source dated on or after " + earliest.display());
    }

    /** A count against a minimum count out of a fixed total, e.g. "9 of 11 CQIMs passed; needs at least 10 of 11". */
    public Finding count(Rule rule, Outcome outcome, Figure figure, Parameter minCount, Parameter total) {
        String text = figure.measure() + ": " + figure.numerator() + " of " + figure.denominator() + " " + figure.unit()
                + external(figure) + "; needs at least " + minCount.value() + " of " + total.value();
        String toComply = null;
        if (figure.denominator() != total.integer()) {
            text += "; this year's total is " + total.value() + " " + figure.unit() + ", not " + figure.denominator();
        }
        if (outcome == Outcome.NOT_MET && figure.numerator() < minCount.integer()) {
            long more = minCount.integer() - figure.numerator();
            toComply = more + " more " + (more == 1 ? "of the " + figure.unit() + " needs to pass" : figure.unit() + " must pass");
        } else if (outcome == Outcome.NOT_MET) {
            toComply = "give the count out of the " + total.value() + " " + figure.unit() + " this year counts";
        }
        return new Finding(standard(rule), check(rule), null, outcome, prefix(rule, outcome, null) + text + sourceText(figure.source()),
                new FigureValue(figure.numerator(), figure.denominator(), null, "at least " + minCount.value() + " of " + total.value()),
                thresholds(rule, figure.verified() == null ? List.of(minCount, total) : List.of(minCount, total, externalReading)), uses(figure),
                null, toComply);
    }

    /** "0.4 WTE", or the number alone when the key gives no unit. */
    private static String quantity(BigDecimal value, String unit) {
        String number = value.stripTrailingZeros().toPlainString();
        return unit == null ? number : number + " " + unit;
    }

    // ---- documents -----------------------------------------------------------------------------

    /** One document exists, dated no later than the deadline the loader already enforces. */
    public Finding document(Rule rule, Outcome outcome, DocumentRef ref) {
        return judged(rule, outcome, ref.measure() + ": " + describe(ref.document()) + delegation(List.of(ref)), readings(List.of(ref)), List.of(use(ref)), null);
    }

    /**
     * A standing document (a pathway, a policy, terms of reference) that may predate the period but is
     * dated after it ended: it was not in place while the period ran.
     */
    public Finding documentAfterPeriod(Rule rule, DocumentRef ref, Parameter end) {
        String text = ref.measure() + ": " + describe(ref.document()) + "; it is dated after the period ended on " + end.display()
                + ", so it was not in place during the period (an older one may be given)";
        return judged(rule, Outcome.NOT_MET, text, List.of(end), List.of(use(ref)), "a document dated on or before " + end.display() + " is needed");
    }

    /**
     * A document listed under a key whose standard names the body that must approve or receive it, and
     * approved by another: it is not evidence for the standard.
     */
    public Finding documentNotApproved(Rule rule, DocumentRef ref) {
        String text = ref.measure() + ": " + describe(ref.document()) + "; " + notAccepted(ref.key(), ref.document());
        return judged(rule, Outcome.NOT_MET, text, List.of(), List.of(use(ref)), "a document approved by " + approvals.needed(ref.key())
                + " is needed" + delegationHint(ref.key()));
    }

    /** A document that must be dated within [from, to]. */
    public Finding documentInPeriod(Rule rule, Outcome outcome, DocumentRef ref, Parameter from, Parameter to) {
        String text = ref.measure() + ": " + describe(ref.document());
        String toComply = null;
        if (outcome != Outcome.MET) {
            LocalDate date = ref.document().date();
            text += (date.isBefore(from.date()) ? ", before" : date.isAfter(to.date()) ? ", after" : ", within")
                    + " the period; needs a document dated " + from.display() + " to " + to.display();
            toComply = "a document dated " + from.display() + " to " + to.display() + " is needed";
        } else {
            text += periodText(new Parameter[] {from, to}) + delegation(List.of(ref));
        }
        List<Parameter> used = new ArrayList<>(List.of(from, to));
        if (outcome == Outcome.MET) {
            used.addAll(readings(List.of(ref)));
        }
        return judged(rule, outcome, text, used, List.of(use(ref)), toComply);
    }

    /** A document that must be dated within the last N years before a reference date. */
    public Finding documentWithinYears(Rule rule, Outcome outcome, DocumentRef ref, Parameter years, Parameter asOf) {
        LocalDate earliest = asOf.date().minusYears(years.integer());
        String text = ref.measure() + ": " + describe(ref.document()) + "; needs one dated within " + years.display()
                + " before " + asOf.display() + " (" + Parameter.formatDate(earliest) + " to " + asOf.display() + ")";
        return judged(rule, outcome, text, List.of(years, asOf), List.of(use(ref)), null);
    }

    /** At least one of several documents dated within the period. */
    public Finding anyInPeriod(Rule rule, Outcome outcome, Collection<?> refs, Parameter from, Parameter to) {
        List<DocumentRef> all = refs(refs);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("anyInPeriod needs the listed documents; rules match it only when some exist");
        }
        List<DocumentRef> inside = all.stream().filter(r -> r.datedWithin(from.date(), to.date())).toList();
        String measure = all.isEmpty() ? "" : all.get(0).measure();
        String text = outcome == Outcome.MET
                ? measure + ": " + inside.size() + " dated in the period, latest " + describe(inside.get(inside.size() - 1).document())
                : measure + ": none of the " + all.size() + " listed is dated " + from.display() + " to " + to.display();
        return judged(rule, outcome, text
                + (outcome == Outcome.MET ? periodText(new Parameter[] {from, to}) : ""), List.of(from, to), all.stream().map(this::use).toList(), null);
    }

    /**
     * A document in every interval of the period ("quarterly Board reports"). Only the documents the
     * rule counted fill an interval; any others listed are named with why they did not count.
     */
    /**
     * A cadence judged in one rule: MET when a counted document falls in every interval, else NOT MET.
     * Whether every interval is covered is plain arithmetic on dates (Cadence.evaluate), so one rule
     * states the check rather than a met and a not-met rule splitting on that one boolean.
     */
    public Finding cadence(Rule rule, CadenceResult result) {
        return cadence(rule, result.isComplete() ? Outcome.MET : Outcome.NOT_MET, result);
    }

    public Finding cadence(Rule rule, Outcome outcome, CadenceResult result) {
        List<DocumentRef> listed = result.listed();
        String measure = listed.isEmpty() ? "" : listed.get(0).measure();
        String every = result.everyMonths().display();
        String text = measure + ": " + (result.windows().size() - result.missing().size()) + " of "
                + result.windows().size() + " intervals of " + every + " covered from " + result.from().display()
                + " to " + result.to().display() + " (" + result.inPeriod().size() + " dated in the period)";
        if (!result.missing().isEmpty()) {
            text += "; none dated " + String.join("; none dated ", result.missing().stream().map(Cadence.Window::toString).toList());
        } else {
            text += "; needs one in every " + every;
        }
        String key = listed.isEmpty() ? null : listed.get(0).key();
        if (!result.notCounted().isEmpty()) {
            int n = result.notCounted().size();
            text += "; " + n + " listed " + (n == 1 ? "is" : "are") + " not counted, as the standard needs "
                    + approvals.needed(key) + ": " + String.join("; ", result.notCounted().stream()
                    .map(r -> describeDate(r.document()) + ", " + rejectedBy(r.key(), r.document())).toList());
        }
        text += delegation(result.documents());
        // Names the empty intervals, so the reader knows which meetings were missed (or are still to come).
        String toComply = result.missing().isEmpty() ? null
                : result.missing().size() + " interval" + (result.missing().size() == 1 ? "" : "s") + " without a document: "
                + "one dated " + String.join("; one dated ", result.missing().stream().map(Cadence.Window::toString).toList())
                + (result.missing().size() == 1 ? " is needed" : " are needed")
                + (result.notCounted().isEmpty() ? "" : ", approved by " + approvals.needed(key) + delegationHint(key))
                + uncitedInMissing(result);
        List<Parameter> used = new ArrayList<>(List.of(result.everyMonths(), result.from(), result.to()));
        if (outcome == Outcome.MET) {
            used.addAll(readings(result.documents()));
        }
        return new Finding(standard(rule), check(rule), null, outcome, prefix(rule, outcome, null) + text,
                null, thresholds(rule, used), listed.stream().map(this::use).toList(), null, toComply, coverage(result));
    }

    /**
     * A listed document dated in an empty interval but not cited under the key is often the one the
     * file meant to cite: "; document board-2022-01 dated 27 Jan 2022 is listed but not cited under
     * SA1.boardReports: cite it there if it is one of them". Named when it is cited nowhere, or cited
     * under another key next to documents this key cites (the same Board papers, one of them left
     * out here); at most three. Other documents of the interval are about something else.
     */
    private String uncitedInMissing(CadenceResult result) {
        if (result.documents().isEmpty()) {
            return "";
        }
        String key = result.documents().get(0).key();
        java.util.Set<String> under = new java.util.HashSet<>();
        result.documents().forEach(r -> under.add(r.document().id()));
        if (cited == null) {
            cited = evidence.citedDocuments();
            citedByKey = new java.util.HashMap<>();
            for (Object fact : evidence.facts()) {
                if (fact instanceof DocumentRef r) {
                    citedByKey.computeIfAbsent(r.key(), k -> new java.util.HashSet<>()).add(r.document().id());
                }
            }
        }
        // The documents cited under other keys that also cite some of this key's documents.
        java.util.Set<String> siblings = new java.util.HashSet<>();
        citedByKey.forEach((other, ids) -> {
            if (!other.equals(key) && ids.stream().anyMatch(under::contains)) {
                siblings.addAll(ids);
            }
        });
        List<Document> candidates = evidence.documents().stream()
                .filter(d -> d.date() != null && !under.contains(d.id()))
                .filter(d -> result.missing().stream().anyMatch(w -> w.contains(d.date())))
                .filter(d -> !cited.contains(d.id()) || siblings.contains(d.id()))
                .sorted(java.util.Comparator.comparing(Document::date).thenComparing(Document::id))
                .limit(3)
                .toList();
        if (candidates.isEmpty()) {
            return "";
        }
        List<String> named = candidates.stream().map(d -> d.id() + " dated " + Parameter.formatDate(d.date())).toList();
        boolean one = named.size() == 1;
        return "; document" + (one ? " " : "s ") + (one ? named.get(0) : String.join(", ", named.subList(0, named.size() - 1))
                + " and " + named.get(named.size() - 1)) + (one ? " is" : " are") + " listed but not cited under " + key
                + ": cite " + (one ? "it" : "each") + " there if it is one of them";
    }

    private static CadenceCoverage coverage(CadenceResult result) {
        String key = result.documents().isEmpty() ? null : result.documents().get(0).key();
        List<CadenceCoverage.Interval> intervals = result.windows().stream()
                .map(w -> new CadenceCoverage.Interval(w.start(), w.end(), result.documents().stream()
                        .map(r -> r.document().date()).filter(w::contains).toList()))
                .toList();
        return new CadenceCoverage(key, result.everyMonths().display(), intervals);
    }

    // ---- declarations, amounts, months ---------------------------------------------------------

    public Finding declaration(Rule rule, Outcome outcome, Declaration d) {
        Approvals.Approval a = approvals.approvalOfEvidence(d);
        Document doc = d.evidence() == null ? null : documents.get(d.evidence());
        String text = (d.answer() ? "the trust declares: " : "the trust does not declare that: ") + d.measure()
                + (d.evidence() == null ? " (no supporting document named)" : sourceText(d.evidence()))
                + (outcome == Outcome.MET && doc != null ? delegation(a) : "");
        List<Parameter> used = new ArrayList<>();
        if (outcome == Outcome.MET && approvals.reading(a) != null) {
            used.add(approvals.reading(a));
        }
        return judged(rule, outcome, text, used, List.of(use(d.key(), d.at().toString(), d.evidence())), null);
    }

    /**
     * A yes whose supporting document was approved by a body other than the one the standard names
     * (assurance reported to the Board, the Board showing the budget matches): it does not show what the
     * standard asks.
     */
    public Finding declarationNotApproved(Rule rule, Declaration d) {
        Document doc = documents.get(d.evidence());
        String text = "the trust declares: " + d.measure() + sourceText(d.evidence()) + "; but " + notAccepted(d.key(), doc);
        return judged(rule, Outcome.NOT_MET, text, List.of(), List.of(use(d.key(), d.at().toString(), d.evidence())), "name a supporting document approved by " + approvals.needed(d.key()) + delegationHint(d.key()));
    }

    /**
     * A yes about a standing arrangement (the NED safety champion, the MVP chair's pay and support)
     * whose only document predates the period: the arrangement may have begun before the period, but
     * nothing dated within it shows it in place then (mis-spec.md C-DEC-5 has no exception for it).
     */
    public Finding standingBeforePeriod(Rule rule, Declaration d, Parameter from, Parameter to) {
        String text = "the trust declares: " + d.measure() + sourceText(d.evidence()) + "; the arrangement may have begun before the"
                + " period, but its only supporting document is dated before the period " + from.display() + " to " + to.display()
                + ", so nothing shows it in place during the period";
        return judged(rule, Outcome.NOT_MET, text, List.of(from, to), List.of(use(d.key(), d.at().toString(), d.evidence())), "name a supporting document dated " + from.display() + " to " + to.display() + " that shows it during the period");
    }

    /**
     * A standard met either outright or, when not met, by an action plan (BAPM staffing): pass the
     * plan when there is one, null otherwise.
     */
    public Finding declarationOrPlan(Rule rule, Outcome outcome, Declaration d, DocumentRef plan) {
        if (d.answer() || plan == null) {
            Finding f = declaration(rule, outcome, d);
            if (!d.answer()) {
                return new Finding(f.standard(), f.check(), null, outcome, f.rationale() + "; and no action plan is given",
                        null, f.thresholds(), f.evidence(), null, "an action plan is needed");
            }
            return f;
        }
        String text = "the trust does not declare that: " + d.measure() + "; an action plan is in place, which the standard accepts: "
                + describe(plan.document()) + delegation(List.of(plan));
        return judged(rule, outcome, text, readings(List.of(plan)), List.of(use(d.key(), d.at().toString(), d.evidence()), use(plan)), null);
    }

    /** Not met outright, with an action plan approved by a body other than the one the standard names. */
    public Finding planNotApproved(Rule rule, Declaration d, DocumentRef plan) {
        String text = "the trust does not declare that: " + d.measure() + "; its action plan " + describe(plan.document()) + "; but "
                + notAccepted(plan.key(), plan.document());
        return judged(rule, Outcome.NOT_MET, text, List.of(), List.of(use(d.key(), d.at().toString(), d.evidence()), use(plan)), "an action plan approved by " + approvals.needed(plan.key()) + " is needed" + delegationHint(plan.key()));
    }

    /**
     * A conditional standard that does not apply, met for that reason (e.g. the trust is not in the
     * Maternity Safety Support Programme, so no progress reports are due).
     */
    public Finding notApplicable(Rule rule, Declaration d, String reason) {
        String text = "does not apply: the trust answers " + (d.answer() ? "yes" : "no") + " to \"" + d.measure() + "\"; " + reason;
        return judged(rule, Outcome.MET, text, List.of(), List.of(use(d.key(), d.at().toString(), d.evidence())), null);
    }

    /**
     * A yes whose supporting document is dated outside the period the standard is about: Board papers
     * and minutes used as evidence must be dated within the year's reporting period (mis-spec.md
     * C-DEC-5), and a paper from another year does not show this year's practice.
     */
    public Finding declarationOutsidePeriod(Rule rule, Declaration d, Parameter from, Parameter to) {
        String text = "the trust declares: " + d.measure() + sourceText(d.evidence()) + "; but the supporting document is dated "
                + (d.evidenceDate().isBefore(from.date()) ? "before" : "after") + " the period " + from.display() + " to " + to.display()
                + ", so it does not show the standard was met in the period";
        return judged(rule, Outcome.NOT_MET, text, List.of(from, to), List.of(use(d.key(), d.at().toString(), d.evidence())), "name a supporting document dated " + from.display() + " to " + to.display());
    }

    /** Not met outright, with an action plan that is dated outside the period (a plan from another year). */
    public Finding planOutsidePeriod(Rule rule, Declaration d, DocumentRef plan, Parameter from, Parameter to) {
        String text = "the trust does not declare that: " + d.measure() + "; its action plan " + describe(plan.document()) + " is dated "
                + (plan.document().date().isBefore(from.date()) ? "before" : "after") + " the period " + from.display() + " to "
                + to.display() + ", so it is not this year's plan";
        return judged(rule, Outcome.NOT_MET, text, List.of(from, to), List.of(use(d.key(), d.at().toString(), d.evidence()), use(plan)), "an action plan dated " + from.display() + " to " + to.display() + " is needed");
    }

    /**
     * A declaration that makes further evidence necessary, given without it (in the Maternity Safety
     * Support Programme, but no progress reports listed).
     */
    public Finding requiredBy(Rule rule, Declaration d, String requiredKey) {
        EvidenceKey spec = evidenceKeys.get(requiredKey);
        String text = "the trust declares: " + d.measure() + "; so " + (spec == null ? requiredKey : spec.measure())
                + " are needed, and none is listed (" + requiredKey + ")";
        return judged(rule, Outcome.NOT_MET, text, List.of(), List.of(use(d.key(), d.at().toString(), d.evidence())), "add " + requiredKey + " to the evidence file");
    }

    /**
     * An amount in post against a minimum per unit, in the units evidence.yaml gives the two keys
     * ("0.4 WTE for 1 consultant-led unit; needs at least 0.4 WTE per unit (0.4 WTE)").
     */
    public Finding perUnit(Rule rule, Outcome outcome, Amount amount, Amount units, Parameter perUnit) {
        BigDecimal needed = perUnit.number().multiply(units.value());
        String text = amount.measure() + ": " + quantity(amount.value(), amount.unit()) + " for "
                + quantity(units.value(), units.unit() == null ? null : units.unit() + (units.value().compareTo(BigDecimal.ONE) == 0 ? "" : "s"))
                + "; needs at least " + quantity(perUnit.number(), amount.unit()) + " per unit (" + quantity(needed, amount.unit()) + ")";
        String toComply = outcome == Outcome.NOT_MET
                ? needed.subtract(amount.value()).stripTrailingZeros().toPlainString() + " more" + (amount.unit() == null ? "" : " " + amount.unit())
                        + " needed (" + amount.measure() + ")" : null;
        return judged(rule, outcome, text, List.of(perUnit), List.of(use(amount.key(), amount.at().toString(), null),
                use(units.key(), units.at().toString(), null)), toComply);
    }

    public Finding month(Rule rule, Outcome outcome, MonthValue month, Parameter expected) {
        String text = month.measure() + ": " + Parameter.formatMonth(month.month()) + "; needs " + expected.display() + " data";
        return judged(rule, outcome, text, List.of(expected), List.of(use(month.key(), month.at().toString(), null)), null);
    }

    /**
     * A yes with no supporting document named: the trust's word alone is not evidence (every yes must
     * be backed by evidence, mis-spec.md s6 item 5), so the standard has no evidence yet.
     */
    public Finding unsupportedDeclaration(Rule rule, Declaration d) {
        String missing = d.key() + ".evidence";
        Document later = d.laterEvidence();
        if (later != null) {
            // On a board date: the file names a document, but it did not exist yet.
            String text = "the trust declares: " + d.measure() + ", but its supporting document, " + describe(later)
                    + ", is dated after the board date, so nothing written shows it yet (" + d.key() + ", " + d.at() + ")";
            return new Finding(standard(rule), check(rule), null, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, null) + text,
                    null, List.of(), List.of(use(d.key(), d.at().toString(), null)), missing,
                    "the yes counts from the date of \"" + later.title() + "\" (" + Parameter.formatDate(later.date())
                    + "), or name an earlier document that shows it");
        }
        String text = "the trust declares: " + d.measure() + ", but names no supporting document ("
                + d.key() + ", " + d.at() + "); a yes counts only with the document that shows it";
        return new Finding(standard(rule), check(rule), null, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, null) + text,
                null, List.of(), List.of(use(d.key(), d.at().toString(), null)), missing,
                "name the document that supports the yes: {answer: yes, evidence: document-id}");
    }

    /** Required evidence is absent: never met by default, and the message names the key to add. */
    public Finding noEvidence(Rule rule, String key) {
        return noEvidence(rule, key, null);
    }

    public Finding noEvidence(Rule rule, String key, String group) {
        EvidenceKey spec = evidenceKeys.get(key);
        String fullKey = group == null ? key : key + "." + group;
        Document later = laterSources.get(fullKey);
        if (later != null) {
            // On a board date: the file gives the figure, but the report it comes from did not exist yet.
            String text = fullKey + (spec == null ? "" : " (" + spec.measure() + (group == null ? "" : ", " + group) + ")")
                    + " is left out: its source, " + describe(later) + ", is dated after the board date, so the figure did not exist yet";
            return new Finding(standard(rule), check(rule), group, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, group) + text,
                    null, List.of(), List.of(), fullKey, "the figure counts from the date of \"" + later.title() + "\" ("
                    + Parameter.formatDate(later.date()) + "), or give it from an earlier report");
        }
        // Missing or left blank look the same to the rules (no fact), so the wording covers both.
        String text = fullKey + " is missing or blank"
                + (spec == null ? "" : " (" + spec.measure() + (group == null ? "" : ", " + group) + ")");
        String form = spec == null ? "" : ": " + (group == null ? spec.kind().form(scheme) : EvidenceKind.FIGURE.form());
        return new Finding(standard(rule), check(rule), group, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, group) + text,
                null, List.of(), List.of(), fullKey, "add " + fullKey + " to the evidence file" + form);
    }

    // ---- the declaration form's own conditions (mis-spec.md s2.2) --------------------------------

    /** When the form was sent, against the deadline (C-DEC-1: a form that arrives late is not considered). */
    public Finding submission(Rule rule, Outcome outcome, DeclarationForm form, Parameter deadline) {
        String text = "the declaration form was sent at " + when(form.submitted()) + "; it is due by " + deadline.display()
                + (outcome == Outcome.MET ? "" : ", and a form, comment or correction that arrives later is not considered");
        return judged(rule, outcome, text, List.of(deadline), List.of(use(DeclarationForm.SUBMITTED, form.at().toString(), null)), outcome == Outcome.MET ? null : "a form sent after " + deadline.display() + " cannot be counted");
    }

    /** The form gives no time it was sent: nothing shows it reached NHS Resolution by the deadline. */
    public Finding notSubmitted(Rule rule, DeclarationForm form) {
        String text = "the declaration section gives no date and time the form was sent (" + DeclarationForm.SUBMITTED + ", " + form.at() + ")";
        return new Finding(standard(rule), check(rule), null, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, null) + text, null,
                List.of(), List.of(use(DeclarationForm.SUBMITTED, form.at().toString(), null)), DeclarationForm.SUBMITTED,
                "add " + DeclarationForm.SUBMITTED + ": YYYY-MM-DDTHH:MM, when the form was emailed");
    }

    /** A signature, signed on or before the day the form was sent (MET), or after it (NOT MET). */
    public Finding signature(Rule rule, Outcome outcome, DeclarationForm form, DeclarationForm.Signature sig, String key) {
        String text = "signed by " + sig.role() + ", " + sig.name() + ", on " + Parameter.formatDate(sig.signed())
                + (form.submitted() == null ? "" : (outcome == Outcome.MET ? ", before the form was sent at " : "; but the form was sent"
                + " at ") + when(form.submitted()) + (outcome == Outcome.MET ? "" : ", before it was signed"));
        return judged(rule, outcome, text, List.of(), List.of(use(key, sig.at().toString(), null)), outcome == Outcome.MET ? null : "the form must be signed before it is sent");
    }

    /** A signature the form does not give, or gives without a name or a day. */
    public Finding noSignature(Rule rule, DeclarationForm form, DeclarationForm.Signature sig, String key, String who) {
        String text = sig == null ? "the declaration section gives no signature of " + who + " (" + key + ")"
                : "the signature of " + who + " gives no " + (sig.name() == null && sig.signed() == null ? "name or day signed"
                : sig.name() == null ? "name" : "day signed") + " (" + key + ", " + sig.at() + ")";
        return new Finding(standard(rule), check(rule), null, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, null) + text, null,
                List.of(), List.of(use(key, (sig == null ? form.at() : sig.at()).toString(), null)), key,
                "add " + key + ": {name: ..., signed: YYYY-MM-DD}");
    }

    /**
     * A document the form names (the Board's approval, the discussion with the commissioner), dated on or
     * before the event it must come before (MET), or after it (NOT MET).
     *
     * @param before what it must come before, with its day: "the form was sent at 10:00 on 1 Feb 2023"
     */
    public Finding formDocument(Rule rule, Outcome outcome, DeclarationForm form, Document d, String key, String what, String before) {
        String text = what + ": " + describe(d) + (outcome == Outcome.MET ? ", on or before the day " : "; but it is dated after the day ") + before;
        return judged(rule, outcome, text, List.of(), List.of(use(key, form.at().toString(), d.id())), outcome == Outcome.MET ? null : "it must be dated on or before the day " + before);
    }

    /** The Board approval names a document approved by someone other than the Trust Board itself. */
    public Finding formDocumentNotApproved(Rule rule, DeclarationForm form, Document d, String key, String what) {
        Approvals.Approval a = approvals.approval(key, d);
        String text = what + ": " + describe(d) + "; but " + (a.verdict() == Approvals.Verdict.DELEGATED
                || a.verdict() == Approvals.Verdict.BEFORE_DELEGATION ? d.approvedBy() + " is a Board committee, and the declaration is signed off"
                + " by the Board itself, not under delegated authority" : "the declaration must be signed off by "
                + Body.orList(approvals.bodies(key).stream().map(b -> b.names().get(0)).toList()));
        return judged(rule, Outcome.NOT_MET, text, List.of(), List.of(use(key, form.at().toString(), d.id())), "name the minutes of the Board meeting that approved the declaration");
    }

    /** The form names no such document. */
    public Finding noFormDocument(Rule rule, DeclarationForm form, String key, String what) {
        String text = "the declaration section names no document for " + what + " (" + key + ")";
        return new Finding(standard(rule), check(rule), null, Outcome.NO_EVIDENCE, prefix(rule, Outcome.NO_EVIDENCE, null) + text, null,
                List.of(), List.of(use(key, form.at().toString(), null)), key, "add " + key + ": document-id, naming a document from the documents list");
    }

    /** "10:30 on 1 Feb 2023", as the deadline is written. */
    private static String when(java.time.LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", java.util.Locale.ENGLISH));
    }

    /** What a form document must come before: the Board's sign-off when dated, else the sending of the form. */
    public String signOff(DeclarationForm form) {
        if (form.boardApproval() != null && form.boardApproval().date() != null) {
            return "of the Board's sign-off, " + Parameter.formatDate(form.boardApproval().date());
        }
        return form.submitted() == null ? "the form was sent" : "the form was sent, " + when(form.submitted());
    }

    /** "the form was sent, 10:30 on 1 Feb 2023". */
    public String sent(DeclarationForm form) {
        return form.submitted() == null ? "the form was sent" : "the form was sent, " + when(form.submitted());
    }

    // ---- wording helpers ------------------------------------------------------------------------

    private String prefix(Rule rule, Outcome outcome, String detail) {
        return detail == null ? labels(rule).prefix(outcome) : standard(rule) + " " + check(rule) + " (" + detail + ") " + outcome.label() + ": ";
    }

    private static String periodText(Parameter[] period) {
        if (period.length == 2) {
            return "; period " + period[0].display() + " to " + period[1].display();
        }
        return "";
    }

    private String sourceText(String documentId) {
        if (documentId == null) {
            return "";
        }
        Document d = documents.get(documentId);
        return d == null ? "" : " (source: " + describe(d) + ")";
    }

    /**
     * Why a document quoted with its approver (describe, sourceText) does not count: "the standard needs
     * the Trust Board (...)", after why a listed committee did not count, when it did not yet hold its authority.
     */
    private String notAccepted(String key, Document d) {
        Approvals.Approval a = approvals.approval(key, d);
        String text = "";
        if (a.verdict() == Approvals.Verdict.BEFORE_DELEGATION) {
            Document by = a.committee().delegatedBy();
            text = "it was approved before the authority delegated to " + a.committee().name() + " by \"" + by.title() + "\" dated "
                    + Parameter.formatDate(by.date()) + ", and ";
        }
        return text + "the standard needs " + approvals.needed(key);
    }

    private String rejectedBy(String key, Document d) {
        Approvals.Approval a = approvals.approval(key, d);
        String text = "approved by " + d.approvedBy();
        if (a.verdict() == Approvals.Verdict.BEFORE_DELEGATION) {
            Document by = a.committee().delegatedBy();
            text += " before the authority delegated to it by \"" + by.title() + "\" dated " + Parameter.formatDate(by.date());
        }
        return text;
    }

    /** For a body a committee can stand for: how to make a committee count. */
    private String delegationHint(String key) {
        return approvals.bodies(key).stream().anyMatch(org.mischecker.scheme.Body::delegates)
                ? " (a committee counts when listed under boardCommittees with the Board's document that delegates authority to it)" : "";
    }

    /** For documents counted because a committee holds delegated authority: which committee, since when. */
    private String delegation(Collection<DocumentRef> refs) {
        java.util.Map<org.mischecker.evidence.BoardCommittee, Approvals.Approval> used = new java.util.LinkedHashMap<>();
        for (DocumentRef r : refs) {
            Approvals.Approval a = approvals.approval(r);
            if (a.verdict() == Approvals.Verdict.DELEGATED) {
                used.putIfAbsent(a.committee(), a);
            }
        }
        StringBuilder text = new StringBuilder();
        used.forEach((c, a) -> text.append(delegation(c, a)));
        return text.toString();
    }

    private static String delegation(Approvals.Approval a) {
        return a.verdict() == Approvals.Verdict.DELEGATED ? delegation(a.committee(), a) : "";
    }

    private static String delegation(org.mischecker.evidence.BoardCommittee c, Approvals.Approval a) {
        Document by = c.delegatedBy();
        return "; " + c.name() + " counts as " + a.body().shortWording() + " by the authority delegated to it by \""
                + by.title() + "\" dated " + Parameter.formatDate(by.date());
    }

    /** The reading a met verdict rests on when it counted a committee's document as the Board's. */
    private List<Parameter> readings(Collection<DocumentRef> refs) {
        for (DocumentRef r : refs) {
            Parameter p = approvals.reading(approvals.approval(r));
            if (p != null) {
                return List.of(p);
            }
        }
        return List.of();
    }

    private static String describeDate(Document d) {
        return "\"" + d.title() + "\" dated " + (d.date() == null ? "?" : Parameter.formatDate(d.date()));
    }

    /** How a document is quoted; a file's findings quote the same few documents many times. */
    private String describe(Document d) {
        return described.computeIfAbsent(d, doc -> "\"" + doc.title() + "\" dated "
                + (doc.date() == null ? "?" : Parameter.formatDate(doc.date())) + ", approved by " + doc.approvedBy());
    }

    private EvidenceUse use(DocumentRef ref) {
        Document d = ref.document();
        return new EvidenceUse(ref.key(), ref.at().toString(), d.id(), d.title(),
                d.date() == null ? null : d.date().toString(), d.approvedBy(), d.keptAt());
    }

    private EvidenceUse use(String key, String location, String documentId) {
        Document d = documentId == null ? null : documents.get(documentId);
        if (d == null) {
            return new EvidenceUse(key, location, null, null, null, null, null);
        }
        return new EvidenceUse(key, location, d.id(), d.title(), d.date() == null ? null : d.date().toString(),
                d.approvedBy(), d.keptAt());
    }

    private static List<DocumentRef> refs(Collection<?> refs) {
        return refs.stream().map(DocumentRef.class::cast)
                .sorted(java.util.Comparator.comparing((DocumentRef r) -> r.document().date()).thenComparing(r -> r.document().id()))
                .toList();
    }

    /**
     * The values a judged finding rests on: those its wording quotes, then every other value its check
     * declares (@parameters). SA1's counts "in time" rest on the time limit they were counted against
     * (7 working days, 4 months), an [R-M] value the report must list when unverified.
     */
    /**
     * A finding on documents, answers or amounts (no figure, no staff group, evidence present): the
     * rule's outcome, what was found, the values and evidence it rests on, and what would close the gap
     * (null when nothing would, or it is met).
     */
    private Finding judged(Rule rule, Outcome outcome, String text, List<Parameter> used, List<EvidenceUse> uses, String toComply) {
        return new Finding(standard(rule), check(rule), null, outcome, prefix(rule, outcome, null) + text, null, thresholds(rule, used),
                uses, null, toComply);
    }

    private List<ThresholdUse> thresholds(Rule rule, List<Parameter> parameters) {
        List<ThresholdUse> declared = labels(rule).declared();
        List<ThresholdUse> all = new ArrayList<>(parameters.size() + declared.size());
        for (Parameter p : parameters) {
            if (p != null) {
                all.add(thresholdUse(p));
            }
        }
        for (ThresholdUse t : declared) {
            if (!quotes(all, t.key())) {
                all.add(t);
            }
        }
        return all;
    }

    private static boolean quotes(List<ThresholdUse> uses, String key) {
        for (ThresholdUse u : uses) {
            if (u.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    static ThresholdUse thresholdUse(Parameter p) {
        return new ThresholdUse(p.key(), p.display(), p.confidence().tag(), p.verified(), p.source());
    }

    private String standard(Rule rule) {
        return labels(rule).standard();
    }

    private String check(Rule rule) {
        return labels(rule).check();
    }

    /**
     * A rule's standard and check, and the opening of its rationale for each outcome: read from its
     * metadata once per rule, not for every finding it makes (each read strips and copies strings).
     */
    record Labels(String standard, String check, String[] prefixes, List<ThresholdUse> declared) {
        static Labels of(Rule rule, Map<String, List<ThresholdUse>> declaredByCheck) {
            String standard = RuleMetadata.required(rule, "standard");
            String check = RuleMetadata.required(rule, "check");
            String[] prefixes = new String[Outcome.values().length];
            for (Outcome o : Outcome.values()) {
                prefixes[o.ordinal()] = standard + " " + check + " " + o.label() + ": ";
            }
            return new Labels(standard, check, prefixes, declaredByCheck.getOrDefault(checkKey(standard, check), List.of()));
        }

        String prefix(Outcome outcome) {
            return prefixes[outcome.ordinal()];
        }
    }

    /**
     * Every rule's labels, by identity (two KieBases may hold rules of one name); read-only once built.
     *
     * @param declaredByCheck each check's declared parameters ({@link #checkKey}), shared by the rules of the check
     */
    static Map<Rule, Labels> labelsOf(Collection<Rule> rules, Map<String, List<ThresholdUse>> declaredByCheck) {
        Map<Rule, Labels> labels = new java.util.IdentityHashMap<>();
        rules.forEach(r -> labels.put(r, Labels.of(r, declaredByCheck)));
        return java.util.Collections.unmodifiableMap(labels);
    }

    static String checkKey(String standard, String check) {
        return standard + "\u0000" + check;
    }

    private Labels labels(Rule rule) {
        Labels known = labels.get(rule);
        return known != null ? known : Labels.of(rule, Map.of());
    }
}
