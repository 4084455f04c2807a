package org.mischecker.check;

import java.nio.file.Path;
import java.time.LocalDate;
import org.mischecker.evidence.AsOfFilter;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.Problem;
import org.mischecker.report.AsOf;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * The product's pipeline, for any front end (the CLI, tests, a future service): evidence file ->
 * validated facts -> (the picture on a board date) -> the standards' rules -> the report -> the
 * board's challenge questions. One checker serves any number of files on any number of threads.
 */
public final class Checker {

    private final RuleBooks rules;
    private final EvidenceLoader loader;
    private final LocalDate asOf;

    private Checker(RuleBooks rules, long maxFileBytes, LocalDate asOf) {
        this.rules = rules;
        this.loader = new EvidenceLoader(rules.packs(), maxFileBytes);
        this.asOf = asOf;
    }

    /** A checker of the whole evidence with the default file-size limit. */
    public static Checker of(RuleBooks rules) {
        return new Checker(rules, EvidenceLoader.DEFAULT_MAX_BYTES, null);
    }

    /**
     * @param maxFileBytes evidence files above this size are refused before they are read
     * @param asOf the board date for the picture on that day, or null for the whole evidence
     */
    public static Checker of(RuleBooks rules, long maxFileBytes, LocalDate asOf) {
        return new Checker(rules, maxFileBytes, asOf);
    }

    public RuleBooks rules() {
        return rules;
    }

    public SchemePacks packs() {
        return rules.packs();
    }

    public EvidenceLoader loader() {
        return loader;
    }

    /** One file: its report, or every problem that stopped it being evaluated. Never throws for bad evidence. */
    public FileResult checkFile(Path file) {
        try {
            return FileResult.of(check(file));
        } catch (EvidenceException e) {
            return FileResult.of(new FileError(file.toString(), e.problems().stream().map(Problem::toString).toList()));
        }
    }

    public TrustReport check(Path file) throws EvidenceException {
        return check(loader.load(file));
    }

    /** Both rule stages over evidence already loaded. */
    public TrustReport check(Evidence loaded) {
        AsOfFilter.Result filtered = asOf == null ? null : AsOfFilter.filter(loaded, asOf);
        Evidence evidence = filtered == null ? loaded : filtered.evidence();
        TrustReport report = rules.ruleBook(evidence.schemeYear()).check(evidence);
        if (filtered != null) {
            SchemeYear scheme = rules.packs().year(loaded.schemeYear());
            report = report.withAsOf(new AsOf(asOf, scheme.parameter("declaration.deadline")
                    .orElseThrow(() -> new IllegalStateException("scheme year " + scheme.year() + " has no declaration.deadline"))
                    .dateTime(), filtered.documentsLeftOut(), filtered.figuresLeftOut(), filtered.declarationsUnsupported()));
        }
        return rules.challengeBook(evidence.schemeYear()).challenge(evidence, report);
    }
}
