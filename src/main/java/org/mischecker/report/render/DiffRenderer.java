package org.mischecker.report.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mischecker.report.diff.ReportDiff;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Outcome;
import org.mischecker.report.TrustReport;

/** Writes a {@link ReportDiff} as text (for people) or JSON (formatVersion 1, for tools). */
public final class DiffRenderer {

    public static final int FORMAT_VERSION = 1;

    /** Written for a standard present on one side only. */
    static final String ABSENT = "ABSENT";

    private DiffRenderer() {
    }

    public static String text(ReportDiff d) {
        StringBuilder out = new StringBuilder();
        out.append("Comparing ").append(side(d.before())).append('\n')
                .append("     with ").append(side(d.after())).append('\n');
        if (!d.sameTrust()) {
            out.append("Note: these are different trusts (").append(d.before().odsCode()).append(", ").append(d.after().odsCode())
                    .append(").\n");
        }
        if (!d.sameYear()) {
            out.append("Note: these are different scheme years (").append(d.before().schemeYear()).append(" -> ")
                    .append(d.after().schemeYear()).append("): standards are paired by what they mean (their intent), whatever their"
                    + " letter; a standard only one year has is ABSENT on the other side.\n");
        }
        out.append("\nVerdict: ").append(score(d.before())).append(" -> ").append(score(d.after()));
        if (!d.actionsBecameMet().isEmpty()) {
            out.append("; now met: ").append(String.join(", ", d.actionsBecameMet()));
        }
        if (!d.actionsRegressed().isEmpty()) {
            out.append("; no longer met: ").append(String.join(", ", d.actionsRegressed()));
        }
        out.append('\n');
        changes(out, "Became met", d.becameMet());
        changes(out, "Regressed", d.regressed());
        if (!d.otherChanges().isEmpty()) {
            changes(out, "Other changes of outcome", d.otherChanges());
        }
        if (!d.notComparable().isEmpty()) {
            out.append("\nFigures measured differently, so not compared (").append(d.notComparable().size()).append("):\n");
            for (ReportDiff.MeasureChange m : d.notComparable()) {
                out.append(String.format("  %-7s %s: %s -> %s; %s%n", m.standard(), BoardWording.checkName(m.check(), m.detail()),
                        display(m.before()), display(m.after()), String.join("; ", m.changes())));
            }
        }
        out.append("\nFigures that moved (").append(d.figuresMoved().size()).append("):\n");
        if (d.figuresMoved().isEmpty()) {
            out.append("  none\n");
        }
        for (ReportDiff.FigureMove m : d.figuresMoved()) {
            out.append(String.format("  %-7s %s: %s -> %s%n", m.standard(), BoardWording.checkName(m.check(), m.detail()),
                    display(m.before()), display(m.after())));
        }
        return out.toString();
    }

    /**
     * The changes alone, one short line each, for a terminal that shows them after every save (mis
     * check --watch): actions met or lost, standards whose outcome changed, figures that moved.
     * Empty when nothing changed.
     */
    public static List<String> brief(ReportDiff d) {
        List<String> lines = new java.util.ArrayList<>();
        if (!d.actionsBecameMet().isEmpty() || !d.actionsRegressed().isEmpty()) {
            lines.add("verdict " + score(d.before()) + " -> " + score(d.after())
                    + (d.actionsBecameMet().isEmpty() ? "" : "; now met: " + String.join(", ", d.actionsBecameMet()))
                    + (d.actionsRegressed().isEmpty() ? "" : "; no longer met: " + String.join(", ", d.actionsRegressed())));
        }
        for (List<ReportDiff.Change> group : List.of(d.becameMet(), d.regressed(), d.otherChanges())) {
            for (ReportDiff.Change c : group) {
                lines.add(c.standard() + " " + c.title() + ": " + label(c.before()) + " -> " + label(c.after()));
            }
        }
        for (ReportDiff.FigureMove m : d.figuresMoved()) {
            lines.add(m.standard() + " " + BoardWording.checkName(m.check(), m.detail()) + ": " + display(m.before()) + " -> "
                    + display(m.after()));
        }
        return lines;
    }

    private static void changes(StringBuilder out, String heading, List<ReportDiff.Change> changes) {
        out.append('\n').append(heading).append(" (").append(changes.size()).append("):\n");
        if (changes.isEmpty()) {
            out.append("  none\n");
        }
        for (ReportDiff.Change c : changes) {
            out.append(String.format("  %-7s %s: %s -> %s%n", c.previousId() == null ? c.standard() : c.previousId() + " -> " + c.standard(),
                    c.title(), label(c.before()), label(c.after())));
        }
    }

    /** An outcome as a reader says it; a standard on one side only is ABSENT on the other. */
    private static String label(Outcome outcome) {
        return outcome == null ? ABSENT : outcome.label();
    }

    /** An outcome as tools read it (the Outcome name), or ABSENT. */
    private static String name(Outcome outcome) {
        return outcome == null ? ABSENT : outcome.name();
    }

    /** "41 of 44 (93.2%)". */
    private static String display(FigureValue f) {
        return f.numerator() + " of " + f.denominator() + (f.percent() == null ? "" : " (" + f.percent() + ")");
    }

    private static String side(TrustReport s) {
        return s.file() + " (" + s.trustName() + ", " + s.odsCode() + ", " + score(s) + ")";
    }

    private static String score(TrustReport s) {
        return s.actionsMet() + "/" + s.actions().size();
    }

    public static String json(ReportDiff d) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode n = mapper.createObjectNode();
        n.put("formatVersion", FORMAT_VERSION);
        n.set("old", side(mapper, d.before()));
        n.set("new", side(mapper, d.after()));
        n.put("sameTrust", d.sameTrust());
        n.put("sameSchemeYear", d.sameYear());
        ArrayNode met = n.putArray("actionsBecameMet");
        d.actionsBecameMet().forEach(met::add);
        ArrayNode lost = n.putArray("actionsRegressed");
        d.actionsRegressed().forEach(lost::add);
        changes(n.putArray("becameMet"), d.becameMet());
        changes(n.putArray("regressed"), d.regressed());
        changes(n.putArray("otherChanges"), d.otherChanges());
        ArrayNode moved = n.putArray("figuresMoved");
        for (ReportDiff.FigureMove m : d.figuresMoved()) {
            figures(moved.addObject(), m.standard(), m.check(), m.detail(), m.before(), m.after());
        }
        ArrayNode measured = n.putArray("notComparable");
        for (ReportDiff.MeasureChange m : d.notComparable()) {
            ObjectNode mn = figures(measured.addObject(), m.standard(), m.check(), m.detail(), m.before(), m.after());
            ArrayNode why = mn.putArray("changes");
            m.changes().forEach(why::add);
        }
        try {
            return mapper.writeValueAsString(n) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode side(ObjectMapper mapper, TrustReport s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("file", s.file());
        n.put("trust", s.trustName());
        n.put("odsCode", s.odsCode());
        n.put("actionsMet", s.actionsMet());
        n.put("actionsTotal", s.actions().size());
        n.put("schemeYear", s.schemeYear());
        return n;
    }

    private static void changes(ArrayNode array, List<ReportDiff.Change> changes) {
        for (ReportDiff.Change c : changes) {
            ObjectNode cn = array.addObject();
            cn.put("standard", c.standard());
            if (c.previousId() != null) {
                cn.put("previousId", c.previousId());
            }
            cn.put("title", c.title());
            cn.put("before", name(c.before()));
            cn.put("after", name(c.after()));
        }
    }

    /** A figure's standard, check, item and its value before and after, into {@code n}. */
    private static ObjectNode figures(ObjectNode n, String standard, String check, String detail, FigureValue before, FigureValue after) {
        n.put("standard", standard);
        n.put("check", check);
        if (detail != null) {
            n.put("detail", detail);
        }
        figure(n.putObject("before"), before);
        figure(n.putObject("after"), after);
        return n;
    }

    private static void figure(ObjectNode n, FigureValue f) {
        n.put("numerator", f.numerator());
        n.put("denominator", f.denominator());
        if (f.percent() != null) {
            n.put("percent", f.percent());
        }
    }
}
