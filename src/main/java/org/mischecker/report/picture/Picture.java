package org.mischecker.report.picture;

import java.util.List;

/**
 * A picture for a report: an SVG drawing and the same content as text. The SVG is self-contained
 * (no scripts, no external references, no element ids, so any number of pictures can sit in one
 * HTML page) and carries its one-sentence {@code alt} as its accessible name; {@code text} is the
 * full text equivalent, one line per item, for readers and formats that cannot see the drawing.
 * Nothing in a picture is said by colour alone: every outcome has a shape and a word.
 *
 * @param kind what the picture shows (actions, figure, cadence, trend-figure, trend-outcomes,
 *             failures), used as a class name
 * @param svg the drawing, one {@code <svg>} element as it goes inline in HTML (see {@link #standalone})
 * @param alt the picture in one sentence
 * @param text the text equivalent, line by line (may repeat the alt sentence's facts in detail)
 */
public record Picture(String kind, String svg, String alt, List<String> text) {

    public Picture {
        text = List.copyOf(text);
    }

    /**
     * The drawing as a file of its own (or a data: URI) needs its namespace; inline in an HTML page
     * it does not, and the page then names no other host at all.
     */
    public String standalone() {
        return svg.replaceFirst("^<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
    }
}
