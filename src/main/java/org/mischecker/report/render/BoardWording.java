package org.mischecker.report.render;

import java.util.List;
import java.util.stream.Stream;
import org.mischecker.report.ActionResult;
import org.mischecker.report.AsOf;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.CadenceGap;
import org.mischecker.report.Outcome;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * Wording shared by the board-paper formats (HTML and Markdown), so both say the same thing the
 * same way. An outcome is always a word plus a symbol: a printed or colour-blind reader must never
 * depend on colour.
 */
final class BoardWording {

    static final String DISAGREEMENT_HEADING = "the board's declaration disagrees with the evidence";
    static final String REPAYMENT_NOTE = "Declaring an action met that the evidence does not support is what led trusts "
            + "to repay the incentive money.";
    static final String UNVERIFIED = "UNVERIFIED";
    static final String UNVERIFIED_NOTE = "not verified against the official guidance";
    static final String APPENDIX = "Appendix for the governance team";

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private BoardWording() {
    }

    /** A symbol that does not rely on colour and prints in common fonts. */
    static String symbol(Outcome outcome) {
        return switch (outcome) {
            case MET -> "\u2713";          // check mark
            case NOT_MET -> "\u2717";      // ballot x
            case NO_EVIDENCE -> "?";
            case NOT_ASSESSED -> "\u2013"; // en dash
        };
    }

    /** "✓ MET", "✗ NOT MET", ... */
    static String marked(Outcome outcome) {
        return symbol(outcome) + " " + outcome.label();
    }

    /** "Seven out of ten safety actions met" (words, as boards say it; digits above ten). */
    static String headline(TrustReport r) {
        String text = number(r.actionsMet()) + " out of " + number(r.actions().size()) + (r.actions().size() == 1 ? " safety action met" : " safety actions met");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String declared(Boolean declared) {
        if (declared == null) {
            return "not declared";
        }
        return declared ? Outcome.MET.label() : Outcome.NOT_MET.label();
    }

    /** "SA2: declared MET, the evidence shows NOT MET". */
    static String disagreement(ActionResult a) {
        return "declared " + declared(a.declared()) + ", the evidence shows " + a.outcome().label();
    }

    static boolean anyDeclaredMetWrongly(List<ActionResult> disagreements) {
        return disagreements.stream().anyMatch(a -> Boolean.TRUE.equals(a.declared()));
    }

    /** The check's name with the item it was applied to, when one check covers several ("training (midwives)"). */
    static String checkName(String check, String detail) {
        return detail == null ? check : check + " (" + detail + ")";
    }

    /** Every distinct threshold a standard's findings used, in finding order: listed once per standard. */
    static List<ThresholdUse> thresholds(StandardResult s) {
        return s.findings().stream().flatMap(f -> f.thresholds().stream()).distinct().toList();
    }

    /**
     * How far a value or a standard's wording can be trusted, in words a board reads: the confidence
     * tags (S, R-M, I, ...) and the notes' references stay in the appendix for the governance team.
     */
    static String plainConfidence(String tag) {
        return switch (tag) {
            case "S" -> "taken from the published guidance";
            case "R-H" -> "recalled from the guidance with high confidence";
            case "R-M" -> "recalled from the guidance, not yet checked against it: ask the governance lead to confirm";
            case "R-L" -> "recalled from the guidance with low confidence, not yet checked against it: ask the governance lead to confirm";
            case "I" -> "an interpretation where the guidance is silent, not stated in it: ask the governance lead to confirm";
            case "GAP" -> "not known for this scheme year";
            default -> "of unknown standing (" + tag + ")";
        };
    }

    /**
     * A standard's values grouped by how far they can be trusted, each group as one line:
     * "100%, 7, 6 Sep 2021, 5 Dec 2022: recalled from the guidance, not yet checked against it: ask ...".
     */
    static List<String> plainValues(StandardResult s) {
        java.util.Map<String, List<String>> byConfidence = new java.util.LinkedHashMap<>();
        for (ThresholdUse t : thresholds(s)) {
            List<String> values = byConfidence.computeIfAbsent(plainConfidence(t.confidence()), k -> new java.util.ArrayList<>());
            if (!values.contains(t.value())) {
                values.add(t.value());
            }
        }
        return byConfidence.entrySet().stream().map(e -> String.join("; ", e.getValue()) + ": " + e.getKey()).toList();
    }

    /** ", version sha256 1a2b3c4d5e6f; report made 4 Dec 2026": which evidence and which day, for two printed copies. */
    static String provenance(org.mischecker.report.Provenance p) {
        return ", version sha256 " + p.shortVersion() + "; report made " + p.checkedOn().getDayOfMonth() + " "
                + p.checkedOn().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                + p.checkedOn().getYear();
    }

    /**
     * The scheme's name as the pack's year gives it ("Maternity Incentive Scheme"; year 6 renamed it);
     * a report built without a pack, or read from a result saved before packs named it, says "the scheme".
     */
    static String schemeName(TrustReport r) {
        return r.pack() == null || r.pack().schemeName() == null ? "Maternity Incentive Scheme" : r.pack().schemeName();
    }

    /** The names of the schemes of a run of several reports, each once, in order ("A / B" when years renamed it). */
    static String schemeNames(List<TrustReport> reports) {
        return String.join(" / ", reports.stream().map(BoardWording::schemeName).distinct().toList());
    }

    /** A question's concern as words ("narrow margin"), not the challenge rules' id. */
    static String concern(String id) {
        return id.replace('-', ' ');
    }

    /** "key = value (confidence R-M; source: ...)", the one-line form of a threshold. */
    static String threshold(ThresholdUse t) {
        return t.key() + " = " + t.value() + " (confidence " + t.confidence() + "; source: " + t.source() + ")";
    }

    /** The parts of a document reference that are present, for one line: "dated ..., approved by ...". */
    static String documentParts(String date, String approvedBy, String keptAt) {
        return String.join(", ", Stream.of(
                date == null ? null : "dated " + date,
                approvedBy == null ? null : "approved by " + approvedBy,
                keptAt == null ? null : "kept at " + keptAt).filter(p -> p != null).toList());
    }

    static final String QUESTIONS_HEADING = "Questions for the board";
    static final String QUESTIONS_NOTE = "Raised by the challenge rules; they do not change any outcome.";
    static final String AS_OF_GAPS_HEADING = "Cadence on the board date";

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter DEADLINE =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", java.util.Locale.ENGLISH);

    /** "As of 1 Jun 2022: 246 days to the declaration deadline (12:00 on 2 Feb 2023)." */
    static String asOfHeadline(AsOf a) {
        long days = a.daysToDeadline();
        String left = days >= 0 ? days + (days == 1 ? " day" : " days") + " to the declaration deadline"
                : "the declaration deadline passed " + (-days) + (days == -1 ? " day" : " days") + " before";
        return "As of " + a.date().format(DAY) + ": " + left + " (" + a.deadline().format(DEADLINE) + ").";
    }

    /** What the board date left out, in one sentence. */
    static String asOfLeftOut(AsOf a) {
        return "Documents dated after " + a.date().format(DAY) + " are left out (" + a.documentsLeftOut() + "), with the figures "
                + "drawn from them (" + a.figuresLeftOut() + "); declarations whose supporting document is later keep their "
                + "answer without it (" + a.declarationsUnsupported() + ").";
    }

    /** "SA1.e board reports (every 3 months): can no longer be met: ...; still open: ...". */
    static String gap(CadenceGap g) {
        List<String> parts = new java.util.ArrayList<>();
        if (!g.closed().isEmpty()) {
            parts.add("can no longer be met: " + intervals(g.closed()));
        }
        if (!g.open().isEmpty()) {
            parts.add("still open: " + intervals(g.open()));
        }
        return g.standard() + " " + g.check() + " (one every " + g.every() + "): " + String.join("; ", parts);
    }

    /** "30 Sep 2023". */
    static String day(java.time.LocalDate date) {
        return date.format(DAY);
    }

    /** "£45,000", or "£1,234.50" when there are pence. */
    static String pounds(java.math.BigDecimal sum) {
        return org.mischecker.report.Money.pounds(sum);
    }

    private static String intervals(List<CadenceCoverage.Interval> intervals) {
        return String.join(", ", intervals.stream().map(i -> i.start().format(DAY) + " to " + i.end().format(DAY)).toList());
    }

    private static String number(int n) {
        return n >= 0 && n < NUMBER_WORDS.size() ? NUMBER_WORDS.get(n) : Integer.toString(n);
    }
}
