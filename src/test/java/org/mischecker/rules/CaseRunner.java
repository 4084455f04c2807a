package org.mischecker.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.mischecker.check.Checker;
import org.mischecker.check.PackCases;
import org.mischecker.check.RuleBooks;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.scheme.SchemePacks;

/**
 * The shipped rule packs, built once for every test of a run, and evidence for cases built in code:
 * the evidence of a trust that meets all ten actions (evidence-examples/northshire-meets-all-ten.yaml)
 * changed by a case's {@code set} / {@code remove} / {@code addDocuments}, as the packs' own case
 * files change it ({@link PackCases}, which runs those).
 */
public final class CaseRunner {

    private static final Path BASE = Path.of("evidence-examples/northshire-meets-all-ten.yaml");
    private static RuleBooks books;

    private CaseRunner() {
    }

    /** The rule packs of rules/, each year's rules built once for every test in the run. */
    public static synchronized RuleBooks ruleBooks() {
        if (books == null) {
            books = RuleBooks.fromDirectory(Path.of("rules"));
        }
        return books;
    }

    /** The checker as every front end uses it, over the packs of rules/. */
    public static Checker checker() {
        return Checker.of(ruleBooks());
    }

    public static RuleBook ruleBook() {
        return ruleBooks().ruleBook(4);
    }

    public static ChallengeBook challengeBook() {
        return ruleBooks().challengeBook(4);
    }

    public static SchemePacks packs() {
        return ruleBooks().packs();
    }

    /** The base evidence changed by the case's {@code remove}, {@code set} and {@code addDocuments}, as YAML. */
    public static String evidenceText(JsonNode c) throws IOException {
        return PackCases.evidenceText(BASE, c);
    }

    /** The case's evidence, loaded; fails the test when it does not load. */
    public static Evidence evidence(JsonNode c) throws IOException {
        try {
            return checker().loader().parse("case.yaml", evidenceText(c));
        } catch (EvidenceException e) {
            throw new AssertionError("evidence did not load: " + e.problems());
        }
    }
}
