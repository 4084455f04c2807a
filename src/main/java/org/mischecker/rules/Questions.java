package org.mischecker.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.mischecker.evidence.ActionPlan;
import org.mischecker.evidence.DeclaredStatus;
import org.mischecker.evidence.Document;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.evidence.Figure;
import org.mischecker.report.ActionResult;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.scheme.Parameter;

/**
 * The one call a challenge rule's consequence makes: words a {@link Question} for the board from the
 * matched facts. Rules decide when a question is worth asking; this class only phrases it, so the
 * wording is tested Java, not strings scattered across DRL. Set as the session global {@code questions},
 * one per report: it holds the report's findings, the context a question names (which standard its
 * figures belong to) without each rule collecting every finding again.
 */
public final class Questions {

    private final List<Finding> findings;

    /** @param findings every finding of the report the questions are asked of */
    public Questions(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    // ---- narrow-margin ----------------------------------------------------------------------------

    public Question narrowMargin(Rule rule, Finding finding, Figure figure, Parameter points) {
        FigureValue v = finding.figure();
        long fewer = v.fewerToMiss();
        String counts = v.numerator() + " of " + v.denominator();
        String text = measured(finding, figure) + " is met at " + v.percent() + " against " + percent(v.requiredPercent())
                + " (" + counts + " " + figure.unit() + "): " + fewer + " fewer would have missed it, a margin under "
                + points.display() + " percentage points. How confident is the board that the next quarter will hold?";
        return new Question(finding.standard(), concern(rule), text, List.of(counts, v.percent(), percent(v.requiredPercent())));
    }

    // ---- no-source --------------------------------------------------------------------------------

    public Question noSource(Rule rule, Finding finding, Figure figure) {
        String counts = figure.numerator() + " of " + figure.denominator();
        String text = measured(finding, figure) + " rests on " + counts + " " + figure.unit() + " (written at " + figure.at()
                + "), but no source document is named for the figure. Which report does it come from, and has anyone "
                + "checked it against that report?";
        return new Question(finding.standard(), concern(rule), text, List.of(counts));
    }

    // ---- bunched ----------------------------------------------------------------------------------

    public Question bunched(Rule rule, Finding finding, Parameter maxGapPct) {
        CadenceCoverage c = finding.cadence();
        CadenceCoverage.Gap gap = c.longestGap();
        String days = gap.days() + " days";
        String text = finding.standard() + " " + finding.check() + " is met, but " + days + " passed between "
                + Parameter.formatDate(gap.from()) + " and " + Parameter.formatDate(gap.to())
                + " without a document, though one is expected every " + c.every()
                + ": each interval holds one only because they sit at its ends. Is the board content to go that long "
                + "without one, and is the next one in the diary early enough?";
        return new Question(finding.standard(), concern(rule), text, List.of(days, c.every()));
    }

    // ---- inconsistent-quantities ------------------------------------------------------------------

    /**
     * Figures that count the same people or cases, given different denominators. The question is
     * about the one standard all their findings share, or else the action.
     */
    public Question inconsistent(Rule rule, String what, Collection<?> figureFacts) {
        List<Figure> figures = figureFacts.stream().map(Figure.class::cast)
                .sorted(Comparator.comparing(Figure::key)).toList();
        Set<String> standards = new LinkedHashSet<>();
        for (Finding f : findings) {
            for (Figure g : figures) {
                if (f.about(g.key(), g.group())) {
                    standards.add(f.standard());
                    break;
                }
            }
        }
        String subject = standards.size() == 1 ? standards.iterator().next() : figures.get(0).action();
        List<String> counts = new ArrayList<>();
        for (Figure g : figures) {
            counts.add(g.denominator() + " for " + g.key());
        }
        String text = subject + " counts " + what + " differently in " + (figures.size() == 2 ? "two" : figures.size())
                + " places: " + String.join(", ", counts) + ". Which number is right, and why do they differ?";
        return new Question(subject, concern(rule), text,
                figures.stream().map(g -> String.valueOf(g.denominator())).toList());
    }

    // ---- declaration ------------------------------------------------------------------------------

    /** @param noPlan the action is not met and the file holds no action plan for it, which the question asks for too */
    public Question declaredMetNotSupported(Rule rule, ActionResult action, DeclaredStatus declared, boolean noPlan) {
        List<String> notMet = action.standards().stream().filter(s -> !s.outcome().isMet())
                .map(s -> s.id() + " " + s.outcome().label()).toList();
        String shows = action.outcome() == org.mischecker.report.Outcome.NOT_ASSESSED
                ? "this check could not assess it (" + String.join("; ", notMet) + "): the rule pack does not know a threshold or"
                        + " standard it needs for this scheme year"
                : "the evidence shows it " + action.outcome().label() + " (" + String.join("; ", notMet) + ")";
        String text = "The board is asked to declare " + action.id() + " met, but " + shows + ". On what does the board rely in "
                + "declaring it met? Declaring met what the evidence does not support is what led trusts to repay "
                + "the incentive money." + (noPlan ? " If it is not met, a discretionary payment needs an action plan for "
                + action.id() + " with a lead, a timescale and a requested sum, and the file holds none." : "");
        return new Question(action.id(), concern(rule), text,
                action.standards().stream().filter(s -> !s.outcome().isMet()).map(StandardResult::id).toList());
    }

    public Question declaredNotMetButMet(Rule rule, ActionResult action, DeclaredStatus declared) {
        String text = "The board is asked to declare " + action.id() + " not met, but the evidence shows every one of its "
                + action.standards().size() + " standards met. Does the board know of something the evidence file "
                + "leaves out, or is the declaration more cautious than it needs to be?";
        return new Question(action.id(), concern(rule), text, List.of());
    }

    public Question declarationMissing(Rule rule, ActionResult action) {
        String text = "The board's declaration records nothing for " + action.id() + ", which the evidence shows "
                + action.outcome().label() + ". The declaration form asks yes or no for every one of the ten actions: "
                + "which will the board declare, and on what evidence?";
        return new Question(action.id(), concern(rule), text, List.of());
    }

    public Question actionPlanMissing(Rule rule, ActionResult action) {
        String text = action.id() + " is " + action.outcome().label() + " on the evidence, and the file holds no action plan for it"
                + " (actionPlans." + action.id() + "). A discretionary payment needs a plan that covers the action, with a lead,"
                + " a timescale and a requested sum: who leads it, by when, and at what cost?";
        return new Question(action.id(), concern(rule), text,
                action.standards().stream().filter(s -> !s.outcome().isMet()).map(StandardResult::id).toList());
    }

    public Question actionPlanIncomplete(Rule rule, ActionResult action, ActionPlan plan) {
        List<String> missing = plan.missingParts();
        String parts = missing.size() == 1 ? missing.get(0)
                : String.join(", no ", missing.subList(0, missing.size() - 1)) + " and no " + missing.get(missing.size() - 1);
        String text = "The action plan for " + action.id() + " (" + plan.at() + ") has no " + parts
                + ". A discretionary payment needs a plan with a lead, a timescale and a requested sum: can the board see "
                + (missing.size() == 1 ? "it" : "them") + " before it signs the declaration?";
        return new Question(action.id(), concern(rule), text, List.of());
    }

    // ---- uncited-document -------------------------------------------------------------------------

    /** Questions about the file's documents list, not about one action: they come after the others. */
    public static final String DOCUMENTS_SUBJECT = "documents";

    public Question uncitedDocument(Rule rule, Document d) {
        String text = "Document " + d.id() + " (\"" + d.title() + "\", dated " + (d.date() == null ? "?" : Parameter.formatDate(d.date()))
                + ", approved by " + d.approvedBy() + ", " + d.at() + ") is listed but cited nowhere: no evidence key, figure,"
                + " declaration or action plan names it. If it is the evidence for a standard, cite it under that standard's key;"
                + " if not, why is it in the file?";
        return new Question(DOCUMENTS_SUBJECT, concern(rule), text, List.of(d.id()));
    }

    // ---- wording helpers --------------------------------------------------------------------------

    /**
     * The standard with the measure a question is about, in words a board reads ("SA6.E4, eligible
     * staff who completed annual fetal monitoring training,"), so two questions on one standard say
     * which is which.
     */
    private static String measured(Finding f, Figure figure) {
        return f.standard() + ", " + figure.measure() + (f.detail() == null ? "" : " (" + words(f.detail()) + ")") + ",";
    }

    /** A staff group's key as words: obstetricDoctors is "obstetric doctors". */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String percent(java.math.BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    static String concern(Rule rule) {
        return RuleMetadata.required(rule, "concern");
    }

    /** Report order for questions: by action number, then standard, then concern and text. */
    static Comparator<Question> order(Map<String, Integer> subjectOrder) {
        return Comparator.comparing((Question q) -> subjectOrder.getOrDefault(q.subject(), Integer.MAX_VALUE))
                .thenComparing(Question::concern).thenComparing(Question::text);
    }
}
