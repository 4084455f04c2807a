package org.mischecker.report.render;

import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.ActionPlanSummary;
import org.mischecker.report.ActionResult;
import org.mischecker.report.CadenceGap;
import org.mischecker.report.ExternalVerification;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.Question;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;
import org.mischecker.report.picture.ActionRow;
import org.mischecker.report.picture.CadenceStrip;
import org.mischecker.report.picture.FigureBar;
import org.mischecker.report.picture.Picture;

/**
 * The board report's sections for one trust, in the order a board reads them, built once and
 * emitted by each board format (HTML, Markdown) in its own markup: what the report holds and in
 * which order is decided here and nowhere else.
 *
 * <p>The sections a board has always had keep a layout of their own in each format (a verdict box,
 * the summary table, each action's detail), so they are typed records every format must handle (the
 * switches over {@link Section} are exhaustive). A new section is a {@link Section.Generic}: a heading
 * and {@link Block}s that every format, the text report included, renders without being changed.
 */
public final class BoardOutline {

    private BoardOutline() {
    }

    /**
     * What a board format writes for each kind of section; a format implements every method, so a
     * new typed section cannot be forgotten by one of them (it does not compile until each writes it).
     */
    public interface Layout {
        void header(TrustReport report);

        void verdict(TrustReport report);

        void disagreements(List<ActionResult> actions);

        /** The actions, with the picture of them at a glance (a row of marks) to go before the table. */
        void summary(List<ActionResult> actions, Picture glance);

        void cadenceGaps(List<CadenceGap> gaps);

        void questions(List<Question> questions);

        void unverifiedPointer(List<ThresholdUse> values);

        /** One action; {@code pictures} holds the pictures of each of its findings that has any (figure bars, cadence strips). */
        void action(ActionResult action, FindingPictures pictures);

        void unverifiedList(List<ThresholdUse> values);

        /** Every format writes generic sections the same way for every section: this is what makes a new one free. */
        void generic(Section.Generic section);
    }

    /** One section of the board report. */
    public sealed interface Section {

        /** Hands this section to the method of the layout that writes it. */
        void writeTo(Layout layout);

        /** The trust, its scheme year, the evidence file, and the board date when there is one. */
        record Header(TrustReport report) implements Section {
            public void writeTo(Layout l) {
                l.header(report);
            }
        }

        /** How many actions are met, and the verdict in one line. */
        record Verdict(TrustReport report) implements Section {
            public void writeTo(Layout l) {
                l.verdict(report);
            }
        }

        /** Actions the board declared otherwise than the evidence shows. */
        record Disagreements(List<ActionResult> actions) implements Section {
            public void writeTo(Layout l) {
                l.disagreements(actions);
            }
        }

        /** The actions, each with its outcome and what the board declared, and the row of marks that shows them at a glance. */
        record Summary(List<ActionResult> actions, Picture glance) implements Section {
            public void writeTo(Layout l) {
                l.summary(actions, glance);
            }
        }

        /** On a board date, the cadences with intervals missing: those closed and those still open. */
        record CadenceGaps(List<CadenceGap> gaps) implements Section {
            public void writeTo(Layout l) {
                l.cadenceGaps(gaps);
            }
        }

        /** The challenge rules' questions. */
        record Questions(List<Question> questions) implements Section {
            public void writeTo(Layout l) {
                l.questions(questions);
            }
        }

        /** One line saying how many unverified values the verdict rests on; the list comes after the actions. */
        record UnverifiedPointer(List<ThresholdUse> values) implements Section {
            public void writeTo(Layout l) {
                l.unverifiedPointer(values);
            }
        }

        /** One action: every standard, finding, piece of evidence and threshold, and the pictures of its findings. */
        record ActionDetail(ActionResult action, FindingPictures pictures) implements Section {
            public void writeTo(Layout l) {
                l.action(action, pictures);
            }
        }

        /** Every value not verified against the official guidance that the verdict rests on. */
        record UnverifiedList(List<ThresholdUse> values) implements Section {
            public void writeTo(Layout l) {
                l.unverifiedList(values);
            }
        }

        /**
         * Any other section: an id (for anchors), a heading, and its content as generic blocks.
         *
         * @param conclusion true for a section the text report prints among its conclusions (after
         *                   the verdict), false for detail
         */
        record Generic(String id, String heading, List<Block> body, boolean conclusion) implements Section {
            public Generic {
                body = List.copyOf(body);
            }

            public void writeTo(Layout l) {
                l.generic(this);
            }
        }
    }

    /** How a format writes each kind of block of a generic section. */
    public interface BlockFormat {
        void paragraph(List<Inline> text);

        void items(boolean numbered, List<List<Inline>> items);

        void table(String caption, List<String> header, List<List<List<Inline>>> rows);

        /** A drawing with its text equivalent: inline SVG in HTML, an embedded image in Markdown, the text in a text report. */
        void picture(Picture picture);
    }

    /** The pictures of each finding of an action that has any, in the order they are shown. */
    public record FindingPictures(java.util.Map<Finding, List<Picture>> byFinding) {
        public FindingPictures {
            byFinding = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byFinding));
        }

        public List<Picture> of(Finding finding) {
            return byFinding.getOrDefault(finding, List.of());
        }
    }

    /** A block of a generic section. */
    public sealed interface Block {

        void writeTo(BlockFormat format);

        /** A paragraph. */
        record Paragraph(List<Inline> text) implements Block {
            public Paragraph {
                text = List.copyOf(text);
            }

            public void writeTo(BlockFormat f) {
                f.paragraph(text);
            }
        }

        /** A bulleted (or numbered) list, one item per entry. */
        record Items(boolean numbered, List<List<Inline>> items) implements Block {
            public Items {
                items = items.stream().map(List::copyOf).toList();
            }

            public void writeTo(BlockFormat f) {
                f.items(numbered, items);
            }
        }

        /** A table with a caption, a header row and rows of cells. */
        record Table(String caption, List<String> header, List<List<List<Inline>>> rows) implements Block {
            public Table {
                header = List.copyOf(header);
                rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            }

            public void writeTo(BlockFormat f) {
                f.table(caption, header, rows);
            }
        }

        /** A picture and its text equivalent. */
        record Figure(Picture picture) implements Block {
            public void writeTo(BlockFormat f) {
                f.picture(picture);
            }
        }
    }

    /** How a format writes each kind of run of text, escaping text from evidence files its own way. */
    public interface InlineFormat {
        String text(String text);

        String strong(String text);

        String code(String text);

        String badge(Outcome outcome);

        String actionRef(String action, String label);

        /** An outcome as its symbol alone, where a word does not fit (a matrix cell); a key says what each symbol means. */
        String mark(Outcome outcome);

        /** A reference to the section of the {@code position}-th trust of the run (from 1). */
        String trustRef(int position, String label);
    }

    /** A run of text inside a block. */
    public sealed interface Inline {

        String format(InlineFormat f);

        record Text(String text) implements Inline {
            public String format(InlineFormat f) {
                return f.text(text);
            }
        }

        record Strong(String text) implements Inline {
            public String format(InlineFormat f) {
                return f.strong(text);
            }
        }

        /** An evidence key, document id or other literal. */
        record Code(String text) implements Inline {
            public String format(InlineFormat f) {
                return f.code(text);
            }
        }

        /** An outcome, always as a symbol and a word. */
        record Badge(Outcome outcome) implements Inline {
            public String format(InlineFormat f) {
                return f.badge(outcome);
            }
        }

        /** A reference to an action of this trust's report (a link where the format has links). */
        record ActionRef(String action, String label) implements Inline {
            public String format(InlineFormat f) {
                return f.actionRef(action, label);
            }
        }

        /** An outcome as a symbol alone (a matrix cell). */
        record Mark(Outcome outcome) implements Inline {
            public String format(InlineFormat f) {
                return f.mark(outcome);
            }
        }

        /** A reference to one trust's section of a run of several (a link where the format has links). */
        record TrustRef(int position, String label) implements Inline {
            public String format(InlineFormat f) {
                return f.trustRef(position, label);
            }
        }
    }

    /** Runs of text written one after another in a format. */
    public static String format(List<Inline> runs, InlineFormat f) {
        StringBuilder b = new StringBuilder();
        runs.forEach(run -> b.append(run.format(f)));
        return b.toString();
    }

    /**
     * The route to a discretionary payment (mis-spec.md C-FIN-3, C-FIN-4): for each action not met,
     * the plan the evidence gives, or that none is given.
     */
    static Section.Generic actionPlans(TrustReport r) {
        String stake = r.money() == null ? null : r.money().stake();
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (ActionResult a : r.actionsFailed()) {
            ActionPlanSummary plan = r.actionPlan(a.id()).orElse(null);
            rows.add(List.of(
                    List.of(new Inline.ActionRef(a.id(), a.id())),
                    List.of(new Inline.Badge(a.outcome())),
                    List.of(new Inline.Text(plan == null || plan.lead() == null ? NONE : plan.lead())),
                    List.of(new Inline.Text(plan == null || plan.timescale() == null ? NONE : BoardWording.day(plan.timescale()))),
                    List.of(new Inline.Text(plan == null || plan.requestedSum() == null ? NONE : BoardWording.pounds(plan.requestedSum()))),
                    List.of(new Inline.Text(plan == null || plan.documentId() == null ? "none named"
                            : plan.documentTitle() == null ? plan.documentId() : plan.documentTitle()))));
        }
        return new Section.Generic("action-plans", "Action plans for the actions not met", List.of(
                new Block.Paragraph(List.of(new Inline.Text("Below ten out of ten the trust does not recover its incentive-fund "
                        + "contribution" + (stake == null ? " (the incentive element of its maternity CNST contribution; give"
                        + " maternityContribution in the evidence file to see the sum)" : ", " + stake) + ". It may receive a small discretionary payment towards the actions it missed, which depends on "
                        + "an action plan for each one with a lead, a timescale and the sum requested."))),
                new Block.Table("The plan for each action not met",
                        List.of("Action", "Outcome", "Lead", "Timescale", "Sum requested", "Plan document"), rows)), true);
    }

    private static final String NONE = "none given";

    /**
     * A trust still preparing gives no declaration section: what NHS Resolution also checks before it
     * pays, so the governance team knows what the report has not judged.
     */
    static Section.Generic conditionsNotChecked(TrustReport r) {
        List<String> pending = r.declaration() == null ? List.of() : r.declaration().pending();
        List<Block> body = new ArrayList<>();
        if (pending.isEmpty()) {
            body.add(new Block.Paragraph(List.of(new Inline.Text("The declaration's own conditions (the deadline, the signatures, the"
                    + " Board's approval) are not checked: this scheme year's rule pack does not state them."))));
        } else {
            body.add(new Block.Paragraph(List.of(new Inline.Text("The declaration's own conditions are not yet checked. NHS Resolution"
                    + " also requires:"))));
            body.add(new Block.Items(false, pending.stream().<List<Inline>>map(t -> List.of(new Inline.Text(t))).toList()));
            body.add(new Block.Paragraph(List.of(new Inline.Text("Add a "), new Inline.Code("declaration"), new Inline.Text(" section to"
                    + " the evidence file when the form is signed and sent, and the report judges each condition."))));
        }
        if (r.money() != null && r.money().stake() != null) {
            body.add(new Block.Paragraph(List.of(new Inline.Text("At stake: the incentive-fund contribution of " + r.money().stake() + "."))));
        }
        return new Section.Generic("declaration-not-checked", "The declaration's own conditions", body, r.meetsScheme());
    }

    /**
     * The trust's figures held against the external data NHS Resolution verifies them with (mis check
     * --external): every disagreement, whichever way it falls, or that no extract has the trust.
     */
    static Section.Generic external(TrustReport r) {
        ExternalVerification v = r.external();
        List<Block> body = new ArrayList<>();
        if (!v.verified()) {
            body.add(new Block.Paragraph(List.of(new Inline.Text("No external extract given to this check has a row for "
                    + r.odsCode() + " in scheme year " + r.schemeYear() + ": the figures above are the trust's own, not yet held"
                    + " against the data NHS Resolution verifies them with."))));
            return new Section.Generic("external", EXTERNAL_HEADING, body, true);
        }
        body.add(new Block.Paragraph(List.of(new Inline.Text("Held against:"))));
        body.add(new Block.Items(false, v.extracts().stream().<List<Inline>>map(e -> List.of(new Inline.Text(e))).toList()));
        if (!v.without().isEmpty()) {
            body.add(new Block.Paragraph(List.of(new Inline.Text("Sources not checked for this trust (the figures they cover are the trust's own):"))));
            body.add(new Block.Items(false, v.without().stream().<List<Inline>>map(e -> List.of(new Inline.Text(e))).toList()));
        }
        List<ExternalVerification.Comparison> disagree = v.disagreements();
        if (disagree.isEmpty()) {
            body.add(new Block.Paragraph(List.of(new Inline.Text("Every figure the external data gives (" + v.comparisons().size()
                    + ") agrees with the trust's own."))));
        } else {
            body.add(new Block.Paragraph(List.of(new Inline.Strong(disagree.size() + (disagree.size() == 1 ? " figure disagrees"
                    : " figures disagree") + " with the external data:"))));
            body.add(new Block.Items(false, disagree.stream().<List<Inline>>map(c -> List.of(new Inline.Text(c.text()))).toList()));
        }
        if (v.reading() != null) {
            body.add(new Block.Paragraph(List.of(new Inline.Text("Where an extract gives a figure, the standard is judged on the"
                    + " external numbers; that reading is " + BoardWording.plainConfidence(v.reading().confidence()) + "."))));
        }
        return new Section.Generic("external", EXTERNAL_HEADING, body, true);
    }

    static final String EXTERNAL_HEADING = "Figures held against external data";
    static final String EXTERNAL_DISAGREEMENTS = "Trusts whose figures disagree with external data";
    static final String NOT_EXTERNALLY_VERIFIED = "Not externally verified (no extract has a row for the trust)";

    /**
     * Each finding's pictures: the bar of a percentage against its threshold (marked narrow when the
     * board's questions ask about its margin), and the strip of a cadence (with the board date, if any).
     */
    static FindingPictures pictures(TrustReport r, ActionResult a) {
        java.util.Map<Finding, List<Picture>> byFinding = new java.util.LinkedHashMap<>();
        for (var s : a.standards()) {
            for (Finding f : s.findings()) {
                List<Picture> pictures = new ArrayList<>();
                FigureBar.of(f, narrow(r, f)).ifPresent(pictures::add);
                CadenceStrip.of(f, r.asOf() == null ? null : r.asOf().date()).ifPresent(pictures::add);
                if (!pictures.isEmpty()) {
                    byFinding.put(f, pictures);
                }
            }
        }
        return new FindingPictures(byFinding);
    }

    /** The board's questions ask about this figure's narrow margin (the narrow-margin challenge names its standard and counts). */
    static boolean narrow(TrustReport r, Finding f) {
        if (f.figure() == null) {
            return false;
        }
        String counts = f.figure().numerator() + " of " + f.figure().denominator();
        return r.questions().stream().anyMatch(q -> q.concern().equals("narrow-margin") && q.subject().equals(f.standard())
                && q.figures().contains(counts));
    }

    /**
     * The auditor's opening for a run of several trusts, before each trust's own sections: the
     * trust-by-action matrix, lowest score first (a page has no scripts to sort it, so it is printed
     * in the order an auditor works through it), how many trusts fail each action, most-failed first,
     * and the boards whose declaration disagrees with their evidence. Built from short summaries,
     * like the text summary of a folder check.
     */
    public static List<Section.Generic> overview(List<TrustReport> reports) {
        List<String> actionIds = reports.stream().flatMap(r -> r.actions().stream()).map(ActionResult::id).distinct().toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt((Integer i) -> reports.get(i).actionsMet())
                .thenComparing(i -> reports.get(i).trustName()).thenComparing(i -> reports.get(i).file()));
        List<String> header = new ArrayList<>(List.of("Trust", "ODS", "Score"));
        header.addAll(actionIds);
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (int i : order) {
            TrustReport r = reports.get(i);
            List<List<Inline>> row = new ArrayList<>();
            row.add(List.of(new Inline.TrustRef(i + 1, r.trustName())));
            row.add(List.of(new Inline.Text(r.odsCode())));
            row.add(List.of(new Inline.Strong(r.actionsMet() + "/" + r.actions().size())));
            for (String id : actionIds) {
                row.add(r.actions().stream().filter(a -> a.id().equals(id)).findFirst()
                        .<List<Inline>>map(a -> a.declarationDisagrees() ? List.of(new Inline.Mark(a.outcome()), new Inline.Text(" \u26a0"))
                                : List.of(new Inline.Mark(a.outcome())))
                        .orElse(List.of(new Inline.Text(""))));
            }
            rows.add(row);
        }
        long meeting = reports.stream().filter(TrustReport::meetsScheme).count();
        List<Section.Generic> sections = new ArrayList<>();
        sections.add(new Section.Generic("auditor-matrix", "Every trust, lowest score first", List.of(
                new Block.Paragraph(List.of(new Inline.Strong(meeting + " of " + reports.size() + " trusts meet all ten safety actions."),
                        new Inline.Text(" Key: \u2713 met, \u2717 not met, ? no evidence, \u2013 not assessed; \u26a0 the board's declaration"
                                + " disagrees with the evidence. Each trust's full report follows."))),
                new Block.Table("Trust by action", header, rows)), true));

        List<List<List<Inline>>> failing = new ArrayList<>();
        List<String[]> counts = new ArrayList<>();
        for (String id : actionIds) {
            long failed = reports.stream().flatMap(r -> r.actions().stream()).filter(a -> a.id().equals(id) && a.failed()).count();
            long unassessed = reports.stream().flatMap(r -> r.actions().stream())
                    .filter(a -> a.id().equals(id) && a.outcome() == Outcome.NOT_ASSESSED).count();
            counts.add(new String[] {id, Long.toString(failed), Long.toString(unassessed)});
        }
        counts.sort(java.util.Comparator.comparingLong((String[] c) -> -Long.parseLong(c[1])));
        boolean anyUnassessed = counts.stream().anyMatch(c -> !c[2].equals("0"));
        for (String[] c : counts) {
            List<List<Inline>> row = new ArrayList<>(List.of(List.of(new Inline.Strong(c[0])),
                    List.of(new Inline.Text(c[1] + " of " + reports.size()))));
            if (anyUnassessed) {
                row.add(List.of(new Inline.Text(c[2].equals("0") ? "" : c[2])));
            }
            failing.add(row);
        }
        sections.add(new Section.Generic("auditor-failures", "Trusts not meeting each action, most-failed first", List.of(
                new Block.Table("Trusts not meeting each action", anyUnassessed
                        ? List.of("Action", "Trusts not meeting it", "Could not be assessed") : List.of("Action", "Trusts not meeting it"),
                        failing)), true));

        List<List<Inline>> disagreements = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            TrustReport r = reports.get(i);
            if (!r.disagreements().isEmpty()) {
                disagreements.add(List.of(new Inline.TrustRef(i + 1, r.trustName()), new Inline.Text(" (" + r.odsCode() + "): "
                        + String.join("; ", r.disagreements().stream().map(a -> a.id() + " declared " + BoardWording.declared(a.declared())
                        + ", the evidence shows " + a.outcome().label()).toList()))));
            }
        }
        sections.add(new Section.Generic("auditor-disagreements", "Boards whose declaration disagrees with their evidence",
                disagreements.isEmpty() ? List.of(new Block.Paragraph(List.of(new Inline.Text("None: every board's declaration agrees with"
                        + " its evidence, or was not given."))))
                        : List.of(new Block.Items(false, disagreements)), true));
        if (reports.stream().anyMatch(r -> r.external() != null)) {
            sections.add(externalOverview(reports));
        }
        return sections;
    }

    /** The trusts whose own figures disagree with the external data, and those no extract has. */
    private static Section.Generic externalOverview(List<TrustReport> reports) {
        List<List<Inline>> disagreeing = new ArrayList<>();
        List<List<Inline>> unverified = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            TrustReport r = reports.get(i);
            if (r.external() == null) {
                continue;
            }
            if (!r.external().verified()) {
                unverified.add(List.of(new Inline.TrustRef(i + 1, r.trustName()), new Inline.Text(" (" + r.odsCode() + ")")));
            } else if (!r.externalDisagreements().isEmpty()) {
                disagreeing.add(List.of(new Inline.TrustRef(i + 1, r.trustName()), new Inline.Text(" (" + r.odsCode() + "): "
                        + String.join("; ", r.externalDisagreements().stream().map(ExternalVerification.Comparison::text).toList()))));
            }
        }
        List<Block> body = new ArrayList<>();
        body.add(disagreeing.isEmpty() ? new Block.Paragraph(List.of(new Inline.Text("No trust's figures disagree with the external data.")))
                : new Block.Items(false, disagreeing));
        if (!unverified.isEmpty()) {
            body.add(new Block.Paragraph(List.of(new Inline.Text(NOT_EXTERNALLY_VERIFIED + ":"))));
            body.add(new Block.Items(false, unverified));
        }
        return new Section.Generic("auditor-external", EXTERNAL_DISAGREEMENTS, body, true);
    }

    /** The sections of one trust's board report, in order. */
    public static List<Section> of(TrustReport r) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section.Header(r));
        sections.add(new Section.Verdict(r));
        if (!r.disagreements().isEmpty()) {
            sections.add(new Section.Disagreements(r.disagreements()));
        }
        if (r.external() != null) {
            sections.add(external(r));
        }
        sections.add(new Section.Summary(r.actions(), ActionRow.of(r.actions())));
        if (!r.cadenceGaps().isEmpty()) {
            sections.add(new Section.CadenceGaps(r.cadenceGaps()));
        }
        if (!r.questions().isEmpty()) {
            sections.add(new Section.Questions(r.questions()));
        }
        List<ThresholdUse> unverified = r.unverifiedThresholds();
        if (!unverified.isEmpty()) {
            sections.add(new Section.UnverifiedPointer(unverified));
        }
        if (!r.actionsFailed().isEmpty()) {
            sections.add(actionPlans(r));
        }
        if (r.declaration() != null && r.conditions() == null) {
            sections.add(conditionsNotChecked(r));
        }
        for (ActionResult a : r.actionsAndConditions()) {
            sections.add(new Section.ActionDetail(a, pictures(r, a)));
        }
        if (!unverified.isEmpty()) {
            sections.add(new Section.UnverifiedList(unverified));
        }
        return List.copyOf(sections);
    }
}
