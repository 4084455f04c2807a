package org.mischecker.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A named threshold, date or time limit of one scheme year, with its source and confidence.
 * Inserted into every rule session as a fact; rules match it by key. A value the guidance does not
 * give is GAP: it has no value, is never inserted into a session, and a check resting on it is NOT
 * ASSESSED.
 */
public record Parameter(String key, String type, String value, Confidence confidence, String source, String display,
                        BigDecimal number, LocalDate date) {

    /**
     * The display text, number and date are derived from type and value, once: rules compare
     * against the number for every figure of every file, and findings quote the display text.
     * Number is null unless the value is numeric; date is null unless the type is date.
     */
    public Parameter {
        if (value == null && confidence != Confidence.GAP) {
            throw new IllegalArgumentException("parameter " + key + " has no value but is not GAP");
        }
        if (display == null) {
            display = value == null ? UNKNOWN : displayOf(type, value);
        }
        if (number == null && value != null && NUMERIC_TYPES.contains(type)) {
            number = new BigDecimal(value);
        }
        if (date == null && value != null && "date".equals(type)) {
            date = LocalDate.parse(value);
        }
    }

    /** How a GAP value is shown wherever a value would be. */
    public static final String UNKNOWN = "not known (GAP)";

    /** False for a GAP value: the guidance for this year does not give it. */
    public boolean known() {
        return value != null;
    }

    public Parameter(String key, String type, String value, Confidence confidence, String source) {
        this(key, type, value, confidence, source, null, null, null);
    }

    private static final java.util.Set<String> NUMERIC_TYPES = java.util.Set.of("percent", "count", "number", "months", "years");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public int integer() {
        return Integer.parseInt(requireKnown());
    }

    public LocalDateTime dateTime() {
        return LocalDateTime.parse(requireKnown());
    }

    public YearMonth month() {
        return YearMonth.parse(requireKnown());
    }

    private String requireKnown() {
        if (value == null) {
            throw new IllegalStateException("parameter " + key + " is not known for this scheme year (GAP)");
        }
        return value;
    }

    public boolean verified() {
        return confidence.verified();
    }

    /** The value as a reader expects it: "95%", "2 months", "6 Sep 2021", "July 2022". */
    private static String displayOf(String type, String value) {
        return switch (type) {
            case "percent" -> value + "%";
            case "months" -> plural(Integer.parseInt(value), "month");
            case "years" -> plural(Integer.parseInt(value), "year");
            case "date" -> LocalDate.parse(value).format(DAY);
            case "datetime" -> LocalDateTime.parse(value).format(DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.ENGLISH));
            case "month" -> YearMonth.parse(value).format(MONTH);
            default -> value;
        };
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    public static String formatDate(LocalDate date) {
        return date.format(DAY);
    }

    public static String formatMonth(YearMonth month) {
        return month.format(MONTH);
    }
}
