package org.mischecker.evidence;

/** One document listed under an evidence key (for example SA1.boardReports). */
public record DocumentRef(String key, String action, Document document, String measure, Location at) {

    /** True when the document is dated on or after {@code from} and on or before {@code to}. */
    public boolean datedWithin(java.time.LocalDate from, java.time.LocalDate to) {
        java.time.LocalDate d = document.date();
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    public boolean datedOnOrBefore(java.time.LocalDate to) {
        return document.date() != null && !document.date().isAfter(to);
    }

    public boolean datedOnOrAfter(java.time.LocalDate from) {
        return document.date() != null && !document.date().isBefore(from);
    }
}
