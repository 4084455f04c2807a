package org.mischecker.report.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG markup by hand: a few escaped elements with numbers formatted the same on every
 * machine. Drawn by hand rather than with a library on purpose: the pictures are a handful of
 * rectangles, lines and text; a Graphics2D-to-SVG library (JFreeSVG is GPL, Batik is megabytes of
 * dependencies) would measure text with the fonts installed on the machine, so the bytes, and the
 * golden files, would differ between a laptop and CI. Here text is left to the browser (with
 * {@code text-anchor}), coordinates are rounded to a tenth, and every attribute value is escaped.
 */
final class Svg {

    /** The fonts of the HTML report, for pictures shown on their own (a Markdown image). */
    static final String FONT = "DejaVu Sans, Arial, Liberation Sans, sans-serif";

    static final String MET = "#0b6b2e";
    static final String NOT_MET = "#b00020";
    static final String NO_EVIDENCE = "#7a4100";
    static final String NOT_ASSESSED = "#555555";
    static final String INK = "#111111";
    static final String MUTED = "#666666";
    static final String TRACK = "#e6e6e6";

    private final StringBuilder b = new StringBuilder(2048);

    /** Opens a drawing {@code width} by {@code height} units, named by {@code alt} for assistive technology. */
    Svg(double width, double height, String kind, String alt) {
        b.append("<svg class=\"picture-").append(kind).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"img\" aria-label=\"").append(escape(alt)).append("\" font-family=\"")
                .append(FONT).append("\" font-size=\"11\">\n<title>").append(escape(alt)).append("</title>\n");
    }

    /** An element with attributes given as name, value, name, value...; numbers are formatted, strings escaped. */
    Svg element(String name, Object... attributes) {
        open(name, attributes);
        b.append("/>\n");
        return this;
    }

    /** A text element; {@code attributes} as for {@link #element}. */
    Svg text(double x, double y, String text, Object... attributes) {
        b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        attributes(attributes);
        b.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, Object... attributes) {
        return element("rect", join(new Object[] {"x", x, "y", y, "width", w, "height", h}, attributes));
    }

    Svg line(double x1, double y1, double x2, double y2, Object... attributes) {
        return element("line", join(new Object[] {"x1", x1, "y1", y1, "x2", x2, "y2", y2}, attributes));
    }

    /** A path through the points (x, y, x, y, ...), closed when asked. */
    Svg path(boolean closed, double[] points, Object... attributes) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(num(points[i])).append(' ').append(num(points[i + 1]));
        }
        if (closed) {
            d.append(" Z");
        }
        return element("path", join(new Object[] {"d", d.toString()}, attributes));
    }

    /** Starts a group; close it with {@link #end}. */
    Svg group(Object... attributes) {
        open("g", attributes);
        b.append(">\n");
        return this;
    }

    Svg end() {
        b.append("</g>\n");
        return this;
    }

    String done() {
        return b.append("</svg>").toString();
    }

    private void open(String name, Object[] attributes) {
        b.append('<').append(name);
        attributes(attributes);
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object v = attributes[i + 1];
            if (v == null) {
                continue;
            }
            b.append(' ').append(attributes[i]).append("=\"").append(v instanceof Number n ? num(n.doubleValue()) : escape(v.toString()))
                    .append('"');
        }
    }

    private static Object[] join(Object[] first, Object[] rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** A coordinate to a tenth, without a trailing ".0": the same text on every machine. */
    static String num(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Escapes text for SVG (XML) content and double-quoted attributes. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder e = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> e.append("&amp;");
                case '<' -> e.append("&lt;");
                case '>' -> e.append("&gt;");
                case '"' -> e.append("&quot;");
                case '\'' -> e.append("&#39;");
                default -> e.append(c);
            }
        }
        return e.toString();
    }
}
