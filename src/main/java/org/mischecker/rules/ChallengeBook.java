package org.mischecker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.mischecker.evidence.Evidence;
import org.mischecker.report.ActionResult;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.Finding;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;
import org.mischecker.scheme.Parameter;
import org.mischecker.scheme.SchemeYear;

/**
 * The second rule stage: the board's challenge questions (rules/y&lt;N&gt;/challenges/*.drl, one file
 * per concern). It runs after the standards' report is built, over the evidence facts, the
 * parameters its rules declare (@parameters), the report's action results, a {@link Judged} fact for
 * each evidence key a finding read, the board's declared status, the evidence catalogue's keys,
 * the listed documents and which of them the file cites ({@link Cited}),
 * and its rules insert {@link Question} facts. It never changes an
 * outcome. Its own KieBase, built once per process per year, so the standards' KieBase (and how it
 * is built) is untouched by it.
 */
public final class ChallengeBook {

    private final SchemeYear scheme;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    /** Evidence facts of a type no challenge rule matches are left out of its sessions. */
    private final java.util.function.Predicate<Object> matched;

    /** The parameters the challenge rules declare (@parameters): the only ones their sessions need. */
    private final List<Parameter> parameters;

    private ChallengeBook(SchemeYear scheme, KieBase kieBase) {
        this.scheme = scheme;
        this.kieBase = kieBase;
        this.sessions = kieBase == null ? null : kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.matched = kieBase == null ? fact -> false : KieBases.matchedBy(kieBase);
        Set<String> declared = new TreeSet<>();
        rules().forEach(r -> declared.addAll(RuleMetadata.list(r, "parameters")));
        this.parameters = declared.stream().map(key -> scheme.parameter(key).orElseThrow(() -> new IllegalStateException(
                "a challenge rule declares parameter " + key + ", which thresholds.yaml does not define"))).toList();
    }

    /** Builds the year's challenge rules; a year without a challenges/ folder asks no questions. */
    public static ChallengeBook build(SchemeYear scheme) {
        if (scheme.challengeFiles().isEmpty()) {
            return new ChallengeBook(scheme, null);
        }
        return new ChallengeBook(scheme, KieBases.build("challenges-y" + scheme.year(),
                PrecompiledModel.challengesIndex(scheme.year()), scheme.challengeFiles()).kieBase());
    }

    public SchemeYear scheme() {
        return scheme;
    }

    /** Whether an evidence fact goes into the questions' sessions: only when some rule could match it. */
    boolean inserts(Object fact) {
        return matched.test(fact);
    }

    /** Every challenge rule, for the catalogue test. */
    public List<Rule> rules() {
        if (kieBase == null) {
            return List.of();
        }
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparing(Rule::getName)).toList();
    }

    /** The report with the questions its evidence raises, in report order. */
    public TrustReport challenge(Evidence evidence, TrustReport report) {
        return report.withQuestions(ask(evidence, report));
    }

    /** The questions the evidence and its report raise, each once, in report order. */
    public List<Question> ask(Evidence evidence, TrustReport report) {
        if (sessions == null) {
            return List.of();
        }
        List<Question> raised;
        KieSession session = sessions.newKieSession();
        try {
            List<Finding> findings = new ArrayList<>();
            for (ActionResult a : report.actions()) {
                for (StandardResult s : a.standards()) {
                    findings.addAll(s.findings());
                }
            }
            session.setGlobal("questions", new Questions(findings));
            parameters.forEach(session::insert);
            scheme.actions().forEach(a -> a.evidence().values().forEach(k -> {
                if (matched.test(k)) {
                    session.insert(k);
                }
            }));
            for (Object fact : evidence.facts()) {
                if (matched.test(fact)) {
                    session.insert(fact);
                }
            }
            if (!evidence.documents().isEmpty() && matched.test(evidence.documents().get(0))) {
                evidence.documents().forEach(session::insert);
                session.insert(new Cited(evidence.citedDocuments()));
            }
            evidence.boardDeclaration().values().forEach(session::insert);
            report.actions().forEach(session::insert);
            // Findings reach the rules as Judged facts, one per evidence key read, not as facts of
            // their own: no rule needs a finding that is not about some piece of evidence.
            findings.forEach(f -> insertJudged(session, f));
            session.fireAllRules();
            raised = session.getObjects(new ClassObjectFilter(Question.class)).stream().map(Question.class::cast).toList();
        } finally {
            session.dispose();
        }
        List<Question> distinct = new ArrayList<>(new LinkedHashSet<>(raised));
        distinct.sort(Questions.order(subjectOrder(report)));
        return List.copyOf(distinct);
    }

    /** One Judged fact per evidence key the finding read (a cadence reads one key for many documents). */
    private static void insertJudged(KieSession session, Finding f) {
        List<String> keys = new ArrayList<>(2);
        for (EvidenceUse use : f.evidence()) {
            if (!keys.contains(use.key())) {
                keys.add(use.key());
                session.insert(new Judged(use.key(), f.detail(), f));
            }
        }
    }

    /** Each action, then each of its standards, numbered in report order. */
    private static Map<String, Integer> subjectOrder(TrustReport report) {
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (ActionResult a : report.actions()) {
            order.put(a.id(), i++);
            for (StandardResult s : a.standards()) {
                order.put(s.id(), i++);
            }
        }
        return order;
    }
}
