package org.mischecker.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mischecker.evidence.AsOfFilter;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.ExternalData;
import org.mischecker.evidence.Location;
import org.mischecker.evidence.Problem;
import org.mischecker.report.AsOf;
import org.mischecker.report.ExternalVerification;
import org.mischecker.report.FileError;
import org.mischecker.report.PackInfo;
import org.mischecker.report.Provenance;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;
import org.mischecker.rules.Findings;
import org.mischecker.rules.PackStatus;
import org.mischecker.scheme.Parameter;
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
    private final boolean allowDraft;
    /** The external data the trusts' figures are held against; null when the run was given none. */
    private final ExternalData external;
    /** The clock that dates a report with its provenance; null: reports carry none (no board format asked for it). */
    private final java.time.Clock provenanceClock;

    private Checker(RuleBooks rules, long maxFileBytes, LocalDate asOf, boolean allowDraft, ExternalData external,
                    java.time.Clock provenanceClock) {
        this.rules = rules;
        this.loader = new EvidenceLoader(rules.packs(), maxFileBytes);
        this.asOf = asOf;
        this.allowDraft = allowDraft;
        this.external = external;
        this.provenanceClock = provenanceClock;
    }

    /** A checker of the whole evidence with the default file-size limit. */
    public static Checker of(RuleBooks rules) {
        return new Checker(rules, EvidenceLoader.DEFAULT_MAX_BYTES, null, false, null, null);
    }

    /**
     * @param maxFileBytes evidence files above this size are refused before they are read
     * @param asOf the board date for the picture on that day, or null for the whole evidence
     */
    public static Checker of(RuleBooks rules, long maxFileBytes, LocalDate asOf) {
        return new Checker(rules, maxFileBytes, asOf, false, null, null);
    }

    /** The same checker, but one that also checks against draft packs (values not known), as asked explicitly. */
    public Checker allowingDraftPacks() {
        return new Checker(rules, loader.maxBytes(), asOf, true, external, provenanceClock);
    }

    /**
     * The same checker, holding each trust's figures against external data (mis-spec.md s2.3): where an
     * extract gives a figure, it decides under the pack's reading of C-VER-1, and every figure is compared.
     */
    public Checker withExternal(ExternalData data) {
        return new Checker(rules, loader.maxBytes(), asOf, allowDraft, data, provenanceClock);
    }

    /**
     * The same checker, whose reports from files name the evidence file's version (its SHA-256) and the
     * day of the check, for a board report printed on paper. Off by default: hashing every file of a
     * batch costs time that machine outputs do not need.
     */
    public Checker withProvenance(java.time.Clock clock) {
        return new Checker(rules, loader.maxBytes(), asOf, allowDraft, external, clock);
    }

    /** The external data of the run, or null when none was given. */
    public ExternalData external() {
        return external;
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
            return FileResult.of(new FileError(org.mischecker.report.Printable.visible(file.toString()), e.problems().stream().map(Problem::toString).toList()));
        }
    }

    public TrustReport check(Path file) throws EvidenceException {
        EvidenceLoader.Versioned versioned = provenanceClock == null ? null : loader.loadVersioned(file);
        Evidence evidence = versioned == null ? loader.load(file) : versioned.evidence();
        PackStatus status = rules.ruleBook(evidence.schemeYear()).status();
        if (status.status() == PackInfo.Status.DRAFT && !allowDraft) {
            // A draft judges nothing reliable: its values are not all known (a pack copied with mis pack new).
            throw new EvidenceException(List.of(new Problem(Location.unknown(evidence.file()), "scheme year " + evidence.schemeYear()
                    + "'s rule pack is a draft (" + status.unknownValues().size() + " values not known, for example "
                    + status.unknownValues().get(0) + "); expected a provisional or verified pack, or --allow-draft to check against"
                    + " it anyway (its verdicts are not to be relied on)")));
        }
        if (asOf != null && !rules.packs().year(evidence.schemeYear()).parameter("declaration.deadline").map(Parameter::known)
                .orElse(false)) {
            throw new EvidenceException(List.of(new Problem(Location.unknown(evidence.file()), "scheme year " + evidence.schemeYear()
                    + "'s rule pack does not know the declaration deadline (GAP), so --as-of cannot count the days to it;"
                    + " expected a pack whose declaration.deadline is filled in, or no --as-of")));
        }
        TrustReport report = check(evidence);
        return versioned == null ? report
                : report.withProvenance(new Provenance(versioned.sha256(), LocalDate.now(provenanceClock)));
    }

    /** The report's view of the comparison: which extracts had the trust, and every figure beside the trust's own. */
    private ExternalVerification verification(ExternalData.Applied applied, int year, String odsCode) {
        ThresholdUse reading = rules.packs().year(year).parameter(Findings.EXTERNAL_DECIDES)
                .filter(Parameter::known)
                .map(p -> new ThresholdUse(p.key(), p.display(), p.confidence().tag(), p.verified(), p.source()))
                .orElse(null);
        List<String> extracts = applied.rows().stream().map(r -> r.extract().source().name() + ", extracted "
                + Parameter.formatDate(r.extract().extracted()) + " (" + r.at() + ")").toList();
        java.util.Set<String> used = new java.util.HashSet<>(applied.rows().stream().map(r -> r.extract().file()).toList());
        List<String> without = external.extracts().stream().filter(e -> e.schemeYear() == year && !used.contains(e.file()))
                .map(e -> e.source().name() + ", extracted " + Parameter.formatDate(e.extracted()) + " (" + e.file()
                        + "): " + (asOf != null && e.extracted().isAfter(asOf) ? "taken after the board date, not used"
                        : "no row for " + odsCode)).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        java.util.Set<String> given = new java.util.HashSet<>(external.extracts().stream().filter(e -> e.schemeYear() == year)
                .map(e -> e.source().id()).toList());
        rules.packs().year(year).externalSources().values().stream().filter(source -> !given.contains(source.id()))
                .forEach(source -> without.add(source.name() + ": no extract was given"));
        List<ExternalVerification.Comparison> comparisons = applied.compared().stream().map(c -> new ExternalVerification.Comparison(
                c.key(), c.measure(), c.row().extract().source().name(), c.row().extract().extracted(),
                c.own() == null ? null : c.own().numerator(), c.own() == null ? null : c.own().denominator(),
                c.external()[0], c.external()[1], c.decided(), c.row().at().toString())).toList();
        return new ExternalVerification(extracts, without, comparisons, reading);
    }

    /** Both rule stages over evidence already loaded. */
    public TrustReport check(Evidence loaded) {
        AsOfFilter.Result filtered = asOf == null ? null : AsOfFilter.filter(loaded, asOf);
        Evidence evidence = filtered == null ? loaded : filtered.evidence();
        ExternalData.Applied applied = null;
        if (external != null) {
            SchemeYear scheme = rules.packs().year(evidence.schemeYear());
            Parameter reading = scheme.parameter(Findings.EXTERNAL_DECIDES)
                    .filter(Parameter::known).orElse(null);
            applied = external.apply(evidence, reading != null, asOf);
            evidence = applied.evidence();
        }
        TrustReport report = rules.ruleBook(evidence.schemeYear()).check(evidence);
        if (applied != null) {
            report = report.withExternal(verification(applied, evidence.schemeYear(), evidence.odsCode()));
        }
        if (filtered != null) {
            SchemeYear scheme = rules.packs().year(loaded.schemeYear());
            report = report.withAsOf(new AsOf(asOf, scheme.parameter("declaration.deadline")
                    .orElseThrow(() -> new IllegalStateException("scheme year " + scheme.year() + " has no declaration.deadline"))
                    .dateTime(), filtered.documentsLeftOut(), filtered.figuresLeftOut(), filtered.declarationsUnsupported()));
        }
        return rules.challengeBook(evidence.schemeYear()).challenge(evidence, report);
    }
}
