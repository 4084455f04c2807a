package org.mischecker.report.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.mischecker.report.ActionPlanSummary;
import org.mischecker.report.ActionResult;
import org.mischecker.report.AsOf;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.ExternalVerification;
import org.mischecker.report.FigureValue;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.PackInfo;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * Reports built in code for the board-report golden files, so a rule change never breaks a renderer
 * test. Small, but with every case a board report has to show: a met action, a not-met figure with
 * its distance to comply, NO EVIDENCE, NOT ASSESSED, a declaration that disagrees, an unverified
 * threshold, documents, a second trust, a file that could not be read, and hostile text (markup,
 * quotes, ampersand, pipe) where evidence files supply it; questions for the board, and a board date
 * (--as-of) with a cadence interval that can no longer be met and one still open; an action plan for
 * one action not met (a sum with pence) and none for the other; figures with their exact percentages, so
 * the board formats draw them against their thresholds (one met narrowly, one missed), and a cadence strip.
 */
final class BoardReportFixture {

    static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";

    private BoardReportFixture() {
    }

    static final ThresholdUse REVIEW_STARTED = new ThresholdUse("sa1.reviewStarted.minPct", "95%", "S", true,
            "MIS year 4 guidance, SA1 (b)");
    static final ThresholdUse ETHNICITY = new ThresholdUse("sa2.ethnicity.minPct", "90%", "R-M", false,
            "mis-spec.md s3 SA2 (recalled)");

    static final EvidenceUse PMRT_REPORT = new EvidenceUse("SA1.reviewStartedInTime", "trust.yaml:31:24", "pmrt",
            "MBRRACE-UK PMRT report", "2022-12-09", "Head of Midwifery", "Governance drive/MIS/SA1");
    static final EvidenceUse SCORECARD = new EvidenceUse("SA2.ethnicity", "trust.yaml:40:16", "scorecard",
            "Scorecard " + HOSTILE + " | July", "2022-10-13", "Head of Information", null);
    static final EvidenceUse BARE_FIGURE = new EvidenceUse("SA2.cqimsPassed", "trust.yaml:39:15", null, null, null, null, null);

    static TrustReport riverside() {
        Finding reviewStarted = new Finding("SA1.b", "review started", null, Outcome.MET,
                "SA1.b review started MET: 42 of 44 deaths (95.4%); needs at least 95%",
                new FigureValue(42, 44, "95.4", "95%", new java.math.BigDecimal("95.4545454545"), new java.math.BigDecimal("95")), List.of(REVIEW_STARTED), List.of(PMRT_REPORT), null, null);
        ActionResult sa1 = new ActionResult("SA1", "Perinatal mortality reviews", Outcome.MET, true, List.of(
                new StandardResult("SA1.b", "PMRT reviews started within 2 months", Outcome.MET, "S", List.of(reviewStarted))));

        Finding ethnicity = new Finding("SA2.b", "ethnicity", null, Outcome.NOT_MET,
                "SA2.b ethnicity NOT MET: 391 of 435 women booked (89.9%); needs at least 90%",
                new FigureValue(391, 435, "89.9", "90%", new java.math.BigDecimal("89.8850574712"), new java.math.BigDecimal("90")), List.of(ETHNICITY), List.of(SCORECARD, BARE_FIGURE), null,
                "1 more of the 435 women booked in the month needed to reach 90%");
        Finding assurance = new Finding("SA2.c", "board assurance", null, Outcome.NO_EVIDENCE,
                "SA2.c board assurance NO EVIDENCE: no Board minutes recording assurance; add SA2.boardAssurance",
                null, List.of(), List.of(), "SA2.boardAssurance", null);
        ActionResult sa2 = new ActionResult("SA2", "Data set " + HOSTILE + " | pipe", Outcome.NOT_MET, true, List.of(
                new StandardResult("SA2.b", "Valid ethnic category | recorded", Outcome.NOT_MET, "R-M", List.of(ethnicity)),
                new StandardResult("SA2.c", "Board assured", Outcome.NO_EVIDENCE, "R-M", List.of(assurance))));

        Finding unjudged = new Finding("SA3.a", "pathway", null, Outcome.NOT_ASSESSED,
                "SA3.a pathway NOT ASSESSED: no rule could judge this check; the rule pack may be missing a threshold",
                null, List.of(), List.of(), null, null);
        CadenceCoverage audits = new CadenceCoverage("SA3.pathwayAudits", "3 months", List.of(
                new CadenceCoverage.Interval(LocalDate.of(2021, 8, 9), LocalDate.of(2021, 11, 8), List.of(LocalDate.of(2021, 11, 2))),
                new CadenceCoverage.Interval(LocalDate.of(2021, 11, 9), LocalDate.of(2022, 2, 8), List.of()),
                new CadenceCoverage.Interval(LocalDate.of(2022, 2, 9), LocalDate.of(2022, 5, 8), List.of())));
        Finding auditCadence = new Finding("SA3.b", "pathway audits", null, Outcome.NOT_MET,
                "SA3.b pathway audits NOT MET: 1 of 3 intervals of 3 months covered", null, List.of(), List.of(), null,
                "2 intervals without a document", audits);
        ActionResult sa3 = new ActionResult("SA3", "Transitional care", Outcome.NOT_MET, null, List.of(
                new StandardResult("SA3.a", "Pathway approved", Outcome.NOT_ASSESSED, "R-L", List.of(unjudged)),
                new StandardResult("SA3.b", "Quarterly pathway audits", Outcome.NOT_MET, "R-M", List.of(auditCadence))));

        return new TrustReport("trust.yaml", "Riverside " + HOSTILE + " | NHS Trust", "RRV", 4,
                "Maternity Incentive Scheme year 4 (final version, October 2022)", List.of(sa1, sa2, sa3))
                .withQuestions(List.of(
                        new Question("SA1.b", "narrow-margin", "SA1.b is met at 95.4% against 95% (42 of 44 deaths): 1 fewer would "
                                + "have missed it. How confident is the board that the next quarter will hold?", List.of("42 of 44", "95.4%", "95%")),
                        new Question("SA2", "declaration", "The board is asked to declare SA2 met about " + HOSTILE + " | pipe; "
                                + "on what does the board rely?", List.of("SA2.b"))))
                .withAsOf(new AsOf(LocalDate.of(2022, 3, 1), LocalDateTime.of(2023, 2, 2, 12, 0), 3, 2, 1))
                .withActionPlans(List.of(new ActionPlanSummary("SA2", "Head of Information " + HOSTILE, LocalDate.of(2023, 6, 30),
                        new java.math.BigDecimal("12500.5"), "plan-sa2", "SA2 plan | data quality")))
                .withPack(new PackInfo(4, "Maternity Incentive Scheme", PackInfo.Status.PROVISIONAL, "2022-10", 5, 3, 0, 0))
                .withDeclaration(new org.mischecker.report.DeclarationCheck(conditions(Outcome.NOT_MET, "DEC.a sent by the deadline NOT MET:"
                        + " the declaration form was sent at 12:01 on 2 Feb 2023; it is due by 12:00 on 2 Feb 2023, and a form, comment"
                        + " or correction that arrives later is not considered"), null, List.of()))
                .withExternal(new ExternalVerification(List.of("MBRRACE-UK PMRT data, extracted 10 Jan 2023 (ext/mbrrace.csv:4:1)"),
                        List.of("NHS Digital MSDS CNST scorecard, extracted 1 Nov 2022 (ext/msds.csv): no row for RRV"),
                        List.of(new ExternalVerification.Comparison("SA1.notifiedInTime", "notified to MBRRACE-UK within 7 working days",
                                "MBRRACE-UK PMRT data", LocalDate.of(2023, 1, 10), 44L, 44L, 43, 44, true, "ext/mbrrace.csv:4:1"),
                                new ExternalVerification.Comparison("SA1.reviewStartedInTime", "PMRT review started within 2 months",
                                        "MBRRACE-UK PMRT data", LocalDate.of(2023, 1, 10), 42L, 44L, 42, 44, true, "ext/mbrrace.csv:4:1")),
                        EXTERNAL_READING))
                .withProvenance(new org.mischecker.report.Provenance(
                        "efd0422ac5670a4c6f2b8d3e1a9b7c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b", LocalDate.of(2023, 1, 20)));
    }

    static final ThresholdUse EXTERNAL_READING = new ThresholdUse("external.decides",
            "a figure external data gives decides, whatever the trust reports", "I", false, "mis-spec.md s2.3 C-VER-1 (interpretation)");

    /** A second trust that meets everything, so a run with several files shows one section per trust. */
    static TrustReport northshire() {
        Finding reviewStarted = new Finding("SA1.b", "review started", null, Outcome.MET,
                "SA1.b review started MET: 44 of 44 deaths (100.0%); needs at least 95%",
                new FigureValue(44, 44, "100.0", "95%", new java.math.BigDecimal("100.0000000000"), new java.math.BigDecimal("95")), List.of(REVIEW_STARTED), List.of(PMRT_REPORT), null, null);
        ActionResult sa1 = new ActionResult("SA1", "Perinatal mortality reviews", Outcome.MET, true, List.of(
                new StandardResult("SA1.b", "PMRT reviews started within 2 months", Outcome.MET, "S", List.of(reviewStarted))));
        return new TrustReport("northshire.yaml", "Northshire Hospitals NHS Foundation Trust", "RNS", 4,
                "Maternity Incentive Scheme year 4 (final version, October 2022)", List.of(sa1))
                .withPack(new PackInfo(4, "Maternity Incentive Scheme", PackInfo.Status.VERIFIED, "2022-10", 1, 0, 0, 0))
                .withDeclaration(new org.mischecker.report.DeclarationCheck(conditions(Outcome.MET, "DEC.a sent by the deadline MET: the"
                        + " declaration form was sent at 11:30 on 1 Feb 2023; it is due by 12:00 on 2 Feb 2023"),
                        org.mischecker.report.Money.of(new java.math.BigDecimal("2450000"), UPLIFT, new java.math.BigDecimal("10")), List.of()))
                .withExternal(new ExternalVerification(List.of("MBRRACE-UK PMRT data, extracted 10 Jan 2023 (ext/mbrrace.csv:5:1)"), List.of(),
                        List.of(new ExternalVerification.Comparison("SA1.reviewStartedInTime", "PMRT review started within 2 months",
                                "MBRRACE-UK PMRT data", LocalDate.of(2023, 1, 10), 44L, 44L, 44, 44, true, "ext/mbrrace.csv:5:1")),
                        EXTERNAL_READING));
    }

    static final ThresholdUse DEADLINE = new ThresholdUse("declaration.deadline", "12:00 on 2 Feb 2023", "S", true,
            "mis-spec.md s1 (Y4 board declaration due 12 noon Thu 2 Feb 2023)");
    static final ThresholdUse UPLIFT = new ThresholdUse("incentive.uplift", "10%", "S", true, "mis-spec.md s2.1 C-FIN-1");

    /** The declaration's conditions with one condition, sending by the deadline, met or not. */
    static ActionResult conditions(Outcome outcome, String rationale) {
        Finding sent = new Finding("DEC.a", "sent by the deadline", null, outcome, rationale, null, List.of(DEADLINE),
                List.of(new EvidenceUse("declaration.submitted", "trust.yaml:20:3", null, null, null, null, null)), null,
                outcome == Outcome.MET ? null : "a form sent after 12:00 on 2 Feb 2023 cannot be counted");
        return new ActionResult("DEC", "The declaration's own conditions", outcome, null, List.of(
                new StandardResult("DEC.a", "Declaration form sent to NHS Resolution by the deadline", outcome, "S", List.of(sent))));
    }

    /**
     * A trust no action of which fails, but one could not be assessed (the pack does not know a threshold):
     * its verdict cannot be determined.
     */
    static TrustReport westfield() {
        Finding reviewStarted = new Finding("SA1.b", "review started", null, Outcome.MET,
                "SA1.b review started MET: 40 of 40 deaths (100.0%); needs at least 95%",
                new FigureValue(40, 40, "100.0", "95%"), List.of(REVIEW_STARTED), List.of(PMRT_REPORT), null, null);
        Finding unknown = new Finding("SA2.a", "CQIMs", null, Outcome.NOT_ASSESSED,
                "SA2.a CQIMs NOT ASSESSED: the number of CQIMs to pass is not known for this scheme year (sa2.cqims.minPassed is GAP)",
                null, List.of(), List.of(), null, null);
        return new TrustReport("westfield.yaml", "Westfield NHS Trust", "RWF", 4,
                "Maternity Incentive Scheme year 4 (final version, October 2022)", List.of(
                new ActionResult("SA1", "Perinatal mortality reviews", Outcome.MET, null, List.of(
                        new StandardResult("SA1.b", "PMRT reviews started within 2 months", Outcome.MET, "S", List.of(reviewStarted)))),
                new ActionResult("SA2", "Maternity Services Data Set", Outcome.NOT_ASSESSED, null, List.of(
                        new StandardResult("SA2.a", "CQIMs passed on the CNST scorecard", Outcome.NOT_ASSESSED, "GAP", List.of(unknown))))))
                .withPack(new PackInfo(4, "Maternity Incentive Scheme", PackInfo.Status.DRAFT, null, 2, 0, 0, 1))
                .withDeclaration(new org.mischecker.report.DeclarationCheck(null, null, List.of(
                        "Declaration form sent to NHS Resolution by the deadline", "Declaration approved by the Trust Board before it was sent")))
                .withExternal(new ExternalVerification(List.of(), List.of("MBRRACE-UK PMRT data, extracted 10 Jan 2023 (ext/mbrrace.csv): no row for RWF"),
                        List.of(), EXTERNAL_READING));
    }

    static List<TrustReport> reports() {
        return List.of(riverside(), northshire(), westfield());
    }

    static List<FileError> errors() {
        return List.of(new FileError("broken.yaml", List.of(
                "broken.yaml:3:1: tab character; expected spaces for indentation",
                "broken.yaml:9:5: unknown key '<b>bold</b>' in SA1; expected one of ...")));
    }
}
