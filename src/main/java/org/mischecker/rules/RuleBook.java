package org.mischecker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.mischecker.evidence.Evidence;
import org.mischecker.report.Finding;
import org.mischecker.report.ReportBuilder;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;
import org.mischecker.scheme.ActionInfo;
import org.mischecker.scheme.SchemeYear;

/**
 * The compiled rules of one scheme year: one KieBase, built once per process and shared; one fresh
 * session per evidence file. Also the catalogue of standards, read back from the rules' metadata.
 * This is the only class that builds a KieBase, so switching to a build-time model is one change.
 */
public final class RuleBook {

    private final SchemeYear scheme;
    private final KieBase kieBase;
    private final List<ActionSpec> catalogue;

    private final boolean precompiled;

    private RuleBook(SchemeYear scheme, KieBase kieBase, List<ActionSpec> catalogue, boolean precompiled) {
        this.precompiled = precompiled;
        this.conditions = readConditions(scheme, kieBase);
        this.uplift = scheme.parameter(UPLIFT).filter(org.mischecker.scheme.Parameter::known).orElse(null);
        this.scheme = scheme;
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        // Disposed pooled sessions are reset and reused rather than rebuilt: creating the node
        // memories of a fresh session is a large share of the cost of checking one file.
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.evidenceKeys = Findings.evidenceKeysOf(scheme);
        this.labels = Findings.labelsOf(rules(), declaredThresholds(scheme, catalogue));
        this.zeroCases = scheme.parameter(ZERO_CASES).orElse(null);
        this.knownParameters = scheme.parameters().values().stream().filter(org.mischecker.scheme.Parameter::known).toList();
        this.status = PackStatus.of(scheme, catalogue);
        this.approvals = new Approvals.Year(scheme);
    }

    /** How far the pack can be trusted, from its own tags. */
    public PackStatus status() {
        return status;
    }

    /** The year's bodies by evidence key, from which each file's {@link Approvals} is made. */
    private final Approvals.Year approvals;

    private final org.kie.api.runtime.KieSessionsPool sessions;
    /** A GAP value has nothing to compare against: never inserted, so no rule can judge on it. */
    private final List<org.mischecker.scheme.Parameter> knownParameters;
    private final PackStatus status;
    private final Map<String, org.mischecker.scheme.EvidenceKey> evidenceKeys;
    private final Map<Rule, Findings.Labels> labels;
    /** The reading that 0 of 0 counts as met, when the year states it: a met empty figure rests on it. */
    static final String ZERO_CASES = SchemeYear.ZERO_CASES;
    private final org.mischecker.scheme.Parameter zeroCases;

    /**
     * The year's rules: the executable model compiled at build time when it matches the DRL
     * loaded (the fast start), otherwise the DRL compiled now (rules edited from source with
     * --rules DIR, whose errors then carry file and line).
     */
    public static RuleBook build(SchemeYear scheme) {
        KieBases.Built built = KieBases.build("rules-y" + scheme.year(), PrecompiledModel.rulesIndex(scheme.year()),
                scheme.ruleFiles());
        return new RuleBook(scheme, built.kieBase(), readCatalogue(scheme, built.kieBase()), built.precompiled());
    }

    /** Compiles the DRL now (drools-mvel), reporting every builder message with file and line. */
    public static RuleBook compile(SchemeYear scheme) {
        KieBase kieBase = KieBases.compile("rules-y" + scheme.year(), scheme.ruleFiles());
        return new RuleBook(scheme, kieBase, readCatalogue(scheme, kieBase), false);
    }

    /**
     * The declaration's own conditions (mis-spec.md s2.2), the standards whose ids start "DEC.": judged
     * for a file with a declaration section; empty for a pack that states none.
     */
    public java.util.Optional<ActionSpec> conditions() {
        return java.util.Optional.ofNullable(conditions);
    }

    /** The actions and then the declaration's conditions, when the pack states them: every standard it has. */
    public List<ActionSpec> everyStandardGroup() {
        if (conditions == null) {
            return catalogue;
        }
        List<ActionSpec> all = new ArrayList<>(catalogue);
        all.add(conditions);
        return List.copyOf(all);
    }

    /** The id and title under which the declaration's conditions are reported. */
    public static final String CONDITIONS_ID = org.mischecker.report.ActionResult.CONDITIONS;
    static final String CONDITIONS_TITLE = "The declaration's own conditions";
    /** The incentive uplift on the maternity contribution (C-FIN-1): what a trust at ten out of ten recovers. */
    static final String UPLIFT = "incentive.uplift";

    private final ActionSpec conditions;
    private final org.mischecker.scheme.Parameter uplift;

    /** For the test that pins KieBases.matchedBy to the Drools version. */
    KieBase kieBase() {
        return kieBase;
    }

    /** True when the rules came from the build-time executable model rather than DRL compiled at run time. */
    public boolean precompiled() {
        return precompiled;
    }

    public SchemeYear scheme() {
        return scheme;
    }

    /** The actions of the year in order, each with the standards its rules define. */
    public List<ActionSpec> catalogue() {
        return catalogue;
    }

    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    /** Every rule's name and metadata, for the catalogue test and for `mis explain`. */
    public List<Rule> rules() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparing(Rule::getName)).toList();
    }

    /** Runs one evidence file in a fresh session and builds its report. */
    public TrustReport check(Evidence evidence) {
        List<Finding> findings = evaluate(evidence);
        Map<String, Boolean> declared = new LinkedHashMap<>();
        evidence.boardDeclaration().forEach((action, status) -> declared.put(action, status.met()));
        TrustReport report = ReportBuilder.build(evidence.file(), evidence.trustName(), evidence.odsCode(), scheme.year(),
                scheme.title(), catalogue, declared, findings).withActionPlans(actionPlans(evidence)).withPack(status.info());
        boolean sent = conditions != null && evidence.facts().stream().anyMatch(org.mischecker.evidence.DeclarationForm.class::isInstance);
        org.mischecker.report.ActionResult judged = sent ? ReportBuilder.action(conditions, findings, null) : null;
        org.mischecker.report.Money money = evidence.facts().stream().filter(org.mischecker.evidence.MaternityContribution.class::isInstance)
                .map(org.mischecker.evidence.MaternityContribution.class::cast).findFirst()
                .map(c -> org.mischecker.report.Money.of(c.pounds(), uplift == null ? null : Findings.thresholdUse(uplift),
                        uplift == null ? null : uplift.number()))
                .orElse(null);
        List<String> pending = judged != null || conditions == null ? List.of()
                : conditions.standards().stream().map(StandardSpec::title).toList();
        return report.withDeclaration(new org.mischecker.report.DeclarationCheck(judged, money, pending));
    }

    /** The action plans the evidence gives, in action order, with their documents' titles. */
    private List<org.mischecker.report.ActionPlanSummary> actionPlans(Evidence evidence) {
        Map<String, org.mischecker.evidence.Document> documents = new java.util.HashMap<>();
        evidence.documents().forEach(d -> documents.put(d.id(), d));
        List<org.mischecker.report.ActionPlanSummary> plans = new ArrayList<>();
        for (ActionSpec action : catalogue) {
            evidence.facts().stream().filter(org.mischecker.evidence.ActionPlan.class::isInstance)
                    .map(org.mischecker.evidence.ActionPlan.class::cast).filter(p -> p.action().equals(action.id())).findFirst()
                    .ifPresent(p -> plans.add(new org.mischecker.report.ActionPlanSummary(p.action(), p.lead(), p.timescale(),
                            p.requestedSum(), p.document(), p.document() == null || documents.get(p.document()) == null ? null
                            : documents.get(p.document()).title())));
        }
        return plans;
    }

    List<Finding> evaluate(Evidence evidence) {
        KieSession session = sessions.newKieSession();
        try {
            // Who approved each document, against the bodies the standards name: the rules ask it, Findings words it.
            Approvals fileApprovals = approvals.of(evidence);
            session.setGlobal("findings", new Findings(scheme, evidenceKeys, labels, zeroCases, evidence, fileApprovals));
            session.insert(fileApprovals);
            knownParameters.forEach(session::insert);
            evidence.facts().forEach(session::insert);
            session.fireAllRules();
            return session.getObjects(new ClassObjectFilter(Finding.class)).stream().map(Finding.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    /** Each check's declared parameters (@parameters), keyed as Findings.checkKey: a judged finding rests on all of them. */
    private static Map<String, List<ThresholdUse>> declaredThresholds(SchemeYear scheme, List<ActionSpec> catalogue) {
        Map<String, List<ThresholdUse>> byCheck = new java.util.HashMap<>();
        for (ActionSpec action : catalogue) {
            for (StandardSpec standard : action.standards()) {
                for (StandardSpec.CheckSpec check : standard.checks()) {
                    byCheck.put(Findings.checkKey(standard.id(), check.name()), check.parameters().stream()
                            .map(key -> scheme.parameter(key).orElseThrow(() -> new IllegalStateException(
                                    "standard " + standard.id() + " declares parameter " + key + ", which thresholds.yaml does not define")))
                            .map(Findings::thresholdUse).toList());
                }
            }
        }
        return Map.copyOf(byCheck);
    }

    private static List<ActionSpec> readCatalogue(SchemeYear scheme, KieBase kieBase) {
        Map<String, List<Rule>> byStandard = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        rules.sort(Comparator.comparing(Rule::getName));
        for (Rule r : rules) {
            byStandard.computeIfAbsent(RuleMetadata.required(r, "standard"), k -> new ArrayList<>()).add(r);
        }
        List<ActionSpec> actions = new ArrayList<>();
        for (ActionInfo action : scheme.actions()) {
            List<StandardSpec> standards = new ArrayList<>();
            for (Map.Entry<String, List<Rule>> e : byStandard.entrySet()) {
                if (e.getKey().startsWith(action.id() + ".")) {
                    standards.add(standardSpec(scheme, action.id(), e.getKey(), e.getValue()));
                }
            }
            for (org.mischecker.scheme.UnknownStandard u : action.unknownStandards()) {
                if (byStandard.containsKey(u.id())) {
                    throw new IllegalStateException("standard " + u.id() + " is declared unknown in evidence.yaml but has rules");
                }
                standards.add(new StandardSpec(u.id(), action.id(), u.title(), "Not known for this scheme year: " + u.source(),
                        u.source(), "GAP", u.intent(), List.of(new StandardSpec.CheckSpec("standard", List.of(), List.of()))));
            }
            standards.sort(Comparator.comparing(StandardSpec::id, String.CASE_INSENSITIVE_ORDER));
            actions.add(new ActionSpec(action.id(), action.title(), standards));
        }
        return List.copyOf(actions);
    }

    private static ActionSpec readConditions(SchemeYear scheme, KieBase kieBase) {
        Map<String, List<Rule>> byStandard = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String standard = RuleMetadata.required(r, "standard");
                if (standard.startsWith(CONDITIONS_ID + ".")) {
                    byStandard.computeIfAbsent(standard, k -> new ArrayList<>()).add(r);
                }
            }
        }
        if (byStandard.isEmpty()) {
            return null;
        }
        List<StandardSpec> standards = new ArrayList<>();
        byStandard.forEach((id, rules) -> {
            rules.sort(Comparator.comparing(Rule::getName));
            standards.add(standardSpec(scheme, CONDITIONS_ID, id, rules));
        });
        return new ActionSpec(CONDITIONS_ID, CONDITIONS_TITLE, standards);
    }

    private static StandardSpec standardSpec(SchemeYear scheme, String action, String id, List<Rule> rules) {
        String title = single(rules, "title", id);
        String wording = single(rules, "wording", id);
        String guidance = single(rules, "guidance", id);
        String confidence = single(rules, "confidence", id);
        String intent = optional(rules, "intent", id);
        Map<String, Set<String>[]> checks = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (Rule r : rules) {
            String check = RuleMetadata.required(r, "check");
            @SuppressWarnings("unchecked")
            Set<String>[] sets = checks.computeIfAbsent(check, k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>()});
            RuleMetadata.list(r, "evidence").forEach(sets[0]::add);
            RuleMetadata.list(r, "parameters").forEach(sets[1]::add);
            String o = RuleMetadata.get(r, "order");
            if (o != null) {
                order.merge(check, Integer.parseInt(o.strip()), Math::min);
            }
        }
        List<String> names = new ArrayList<>(checks.keySet());
        names.sort(Comparator.comparing((String c) -> order.getOrDefault(c, Integer.MAX_VALUE)).thenComparing(c -> c));
        List<StandardSpec.CheckSpec> checkSpecs = new ArrayList<>();
        for (String name : names) {
            Set<String>[] sets = checks.get(name);
            List<ThresholdUse> unknown = sets[1].stream().map(scheme.parameters()::get)
                    .filter(p -> p != null && !p.known()).map(Findings::thresholdUse).toList();
            checkSpecs.add(new StandardSpec.CheckSpec(name, List.copyOf(sets[0]), List.copyOf(sets[1]), unknown));
        }
        return new StandardSpec(id, action, title, wording, guidance, confidence, intent, checkSpecs);
    }

    /** A standard-level annotation that may be absent; where written more than once it must agree. */
    private static String optional(List<Rule> rules, String key, String standard) {
        boolean any = rules.stream().anyMatch(r -> RuleMetadata.get(r, key) != null && !RuleMetadata.get(r, key).isBlank());
        return any ? single(rules, key, standard) : null;
    }

    /** A standard-level annotation must agree wherever it is written; at least one rule must carry it. */
    private static String single(List<Rule> rules, String key, String standard) {
        Set<String> values = new LinkedHashSet<>();
        for (Rule r : rules) {
            String v = RuleMetadata.get(r, key);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        if (values.size() > 1) {
            throw new IllegalStateException("standard " + standard + " has different @" + key + " values on its rules: " + values);
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("standard " + standard + " has no @" + key + " on any of its rules");
        }
        return values.iterator().next();
    }
}
