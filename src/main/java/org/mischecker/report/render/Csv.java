package org.mischecker.report.render;

import java.util.List;

/** RFC 4180 fields, safe to open in a spreadsheet. */
final class Csv {

    /**
     * Starts every CSV output: without it Excel reads a UTF-8 file as the local code page, so "King’s"
     * or "Ysbyty Gwynedd" with accents arrive garbled in an auditor's spreadsheet. Most CSV readers
     * (Python's utf-8-sig, pandas, LibreOffice) skip it.
     */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    static String row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /**
     * Quotes when needed, and defuses text a spreadsheet would run as a formula (a trust name or
     * title from an evidence file starting with =, +, - or @).
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
