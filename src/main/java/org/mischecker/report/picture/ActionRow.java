package org.mischecker.report.picture;

import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.Outcome;

/**
 * The actions as a row of marks, one per action with its id and outcome word under it, and a
 * warning corner where the board declared otherwise than the evidence shows: the ten actions at a
 * glance, readable in black and white.
 */
public final class ActionRow {

    private static final double COLUMN = 72;
    private static final double MARK = 40;

    private ActionRow() {
    }

    public static Picture of(List<ActionResult> actions) {
        boolean anyDisagrees = actions.stream().anyMatch(ActionResult::declarationDisagrees);
        double legendY = anyDisagrees ? 104 : 92;
        double width = Math.max(actions.size() * COLUMN, 560);
        String alt = alt(actions);
        Svg svg = new Svg(width, legendY + 18, "actions", alt);
        for (int i = 0; i < actions.size(); i++) {
            ActionResult a = actions.get(i);
            double x = i * COLUMN;
            double cx = x + COLUMN / 2;
            Marks.draw(svg, a.outcome(), cx - MARK / 2, 10, MARK);
            if (a.declarationDisagrees()) {
                warning(svg, cx + MARK / 2 - 4, 2);
            }
            svg.text(cx, 66, a.id(), "text-anchor", "middle", "font-weight", "bold", "font-size", 12, "fill", Svg.INK);
            svg.text(cx, 80, Marks.word(a.outcome()), "text-anchor", "middle", "font-size", 10, "fill", Marks.colour(a.outcome()));
            if (a.declarationDisagrees()) {
                svg.text(cx, 93, "declared " + (a.declared() ? "met" : "not met"), "text-anchor", "middle", "font-size", 9,
                        "font-style", "italic", "fill", Svg.INK);
            }
        }
        Marks.legend(svg, 0, legendY);
        if (anyDisagrees) {
            warning(svg, 410, legendY - 1);
            svg.text(428, legendY + 10, "board declared otherwise", "font-size", 10, "fill", Svg.INK);
        }
        return new Picture("actions", svg.done(), alt, text(actions));
    }

    /** A small triangle with an exclamation mark, drawn, not a font glyph. */
    static void warning(Svg svg, double x, double y) {
        svg.path(true, new double[] {x + 8, y, x + 16, y + 14, x, y + 14}, "fill", "#ffd84d", "stroke", Svg.INK, "stroke-width", 1.2,
                "stroke-linejoin", "round");
        svg.line(x + 8, y + 4.5, x + 8, y + 9, "stroke", Svg.INK, "stroke-width", 1.6, "stroke-linecap", "round");
        svg.line(x + 8, y + 11.5, x + 8, y + 11.6, "stroke", Svg.INK, "stroke-width", 1.8, "stroke-linecap", "round");
    }

    private static String alt(List<ActionResult> actions) {
        long met = actions.stream().filter(a -> a.outcome().isMet()).count();
        List<String> parts = new ArrayList<>();
        parts.add("The safety actions at a glance: " + met + " of " + actions.size() + " met");
        for (Outcome o : List.of(Outcome.NOT_MET, Outcome.NO_EVIDENCE, Outcome.NOT_ASSESSED)) {
            List<String> ids = actions.stream().filter(a -> a.outcome() == o).map(ActionResult::id).toList();
            if (!ids.isEmpty()) {
                parts.add(Marks.word(o) + ": " + Words.list(ids));
            }
        }
        List<String> disagree = actions.stream().filter(ActionResult::declarationDisagrees).map(ActionResult::id).toList();
        if (!disagree.isEmpty()) {
            parts.add("the board's declaration disagrees with the evidence for " + Words.list(disagree));
        }
        return String.join("; ", parts) + ".";
    }

    private static List<String> text(List<ActionResult> actions) {
        List<String> lines = new ArrayList<>();
        for (ActionResult a : actions) {
            lines.add(a.id() + ": " + Marks.word(a.outcome()) + (a.declarationDisagrees()
                    ? " (the board declared it " + (a.declared() ? "met" : "not met") + ")" : ""));
        }
        return lines;
    }
}
