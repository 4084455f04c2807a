package org.mischecker.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.Outcome;
import org.mischecker.report.TrustReport;
import org.mischecker.report.picture.Picture;
import org.mischecker.report.picture.TrendChart;
import org.mischecker.report.trend.Trend;

/**
 * mis trend as text, HTML or Markdown: the snapshots, each standard's outcome at each one, each
 * figure over time against its threshold, and each cadence filling up. The content is built once
 * as generic board-outline sections, so every format writes the same thing its own way (pictures
 * as inline SVG, embedded images, or their text equivalents).
 */
public final class TrendRenderer {

    public static final List<String> FORMATS = List.of("text", "html", "markdown");

    private TrendRenderer() {
    }

    public static String render(Trend trend, String format) {
        List<BoardOutline.Section.Generic> sections = sections(trend);
        TrustReport latest = trend.latest();
        String title = BoardWording.schemeName(latest) + " across the year: " + latest.trustName() + " (" + latest.odsCode() + ")";
        String meta = "Scheme year " + latest.schemeYear() + ": " + latest.schemeTitle() + ". " + trend.snapshots().size()
                + " snapshots, " + BoardWording.day(trend.snapshots().get(0).date()) + " to "
                + BoardWording.day(trend.snapshots().get(trend.snapshots().size() - 1).date())
                + ", each dated by its board date (--as-of) or else its latest document.";
        try {
            return switch (format) {
                case "html" -> HtmlRenderer.document(title, BoardWording.schemeName(latest) + ": trend", latest.trustName(), meta, sections);
                case "markdown" -> MarkdownRenderer.document(title, meta, sections);
                case "text" -> TextRenderer.document(title, meta, sections);
                default -> throw new IllegalArgumentException("unknown trend format " + format);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BoardOutline.Section.Generic> sections(Trend trend) {
        List<Trend.Snapshot> snaps = trend.snapshots();
        List<LocalDate> dates = snaps.stream().map(Trend.Snapshot::date).toList();
        List<BoardOutline.Section.Generic> sections = new ArrayList<>();

        List<List<List<BoardOutline.Inline>>> rows = new ArrayList<>();
        for (Trend.Snapshot s : snaps) {
            rows.add(List.of(List.of(text(BoardWording.day(s.date()))), List.of(new BoardOutline.Inline.Code(s.source())),
                    List.of(new BoardOutline.Inline.Strong(s.report().actionsMet() + "/" + s.report().actions().size())),
                    List.of(new BoardOutline.Inline.Badge(s.report().outcome()))));
        }
        sections.add(new BoardOutline.Section.Generic("trend-snapshots", "The snapshots, in date order", List.of(
                new BoardOutline.Block.Table("Snapshots", List.of("Dated", "Result", "Actions met", "Verdict"), rows)), true));

        List<String> header = new ArrayList<>(List.of("Standard", "Title"));
        dates.forEach(d -> header.add(BoardWording.day(d)));
        List<List<List<BoardOutline.Inline>>> outcomeRows = new ArrayList<>();
        for (Trend.OutcomeRow row : trend.outcomes()) {
            List<List<BoardOutline.Inline>> cells = new ArrayList<>();
            cells.add(List.of(new BoardOutline.Inline.Strong(row.standard())));
            cells.add(List.of(text(row.title())));
            for (Outcome o : row.outcomes()) {
                cells.add(o == null ? List.of(text("")) : List.of(new BoardOutline.Inline.Mark(o)));
            }
            outcomeRows.add(cells);
        }
        sections.add(new BoardOutline.Section.Generic("trend-outcomes", "Each standard at each snapshot", List.of(
                new BoardOutline.Block.Paragraph(List.of(text("Key: \u2713 met, \u2717 not met, ? no evidence, \u2013 not assessed."))),
                new BoardOutline.Block.Table("Outcomes over the year", header, outcomeRows)), true));

        List<BoardOutline.Block> figures = new ArrayList<>();
        for (Trend.FigureSeries f : trend.figures()) {
            String name = f.standard() + " " + BoardWording.checkName(f.check(), f.detail());
            figures.add(new BoardOutline.Block.Paragraph(List.of(new BoardOutline.Inline.Strong(name))));
            figures.add(new BoardOutline.Block.Figure(TrendChart.figure(name, dates, f.values(), f.outcomes())));
        }
        if (!figures.isEmpty()) {
            sections.add(new BoardOutline.Section.Generic("trend-figures", "Each figure over time, against its threshold", figures, true));
        }

        List<BoardOutline.Block> cadences = new ArrayList<>();
        List<LocalDate> boardDates = snaps.stream().map(s -> s.report().asOf() == null ? null : s.report().asOf().date()).toList();
        for (Trend.CadenceSeries c : trend.cadences()) {
            String name = c.standard() + " " + c.check();
            cadences.add(new BoardOutline.Block.Paragraph(List.of(new BoardOutline.Inline.Strong(name + ", one every " + c.every()))));
            Picture p = TrendChart.cadence(name, c.every(), dates, c.coverage(), boardDates);
            cadences.add(new BoardOutline.Block.Figure(p));
        }
        if (!cadences.isEmpty()) {
            sections.add(new BoardOutline.Section.Generic("trend-cadences", "Each cadence filling up", cadences, true));
        }
        return sections;
    }

    private static BoardOutline.Inline text(String s) {
        return new BoardOutline.Inline.Text(s);
    }
}
