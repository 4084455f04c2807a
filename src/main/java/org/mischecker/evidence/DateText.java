package org.mischecker.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Dates and months as evidence files and the command line write them: exactly YYYY-MM-DD or
 * YYYY-MM, from the year 1900. Java's ISO parser also takes signed and five-digit years
 * ("-2022-11-30", "+12022-01-01"), which reports would then quote as another year.
 */
public final class DateText {

    /** No document or month of a maternity scheme's evidence is dated before this year. */
    public static final int EARLIEST_YEAR = 1900;

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private DateText() {
    }

    /** The date written, or null when it is not a real date of the form YYYY-MM-DD from 1900 on. */
    public static LocalDate day(String text) {
        return parse(text, DAY, LocalDate::parse, LocalDate::getYear);
    }

    /** The month written, or null when it is not a real month of the form YYYY-MM from 1900 on. */
    public static YearMonth month(String text) {
        return parse(text, MONTH, YearMonth::parse, YearMonth::getYear);
    }

    /** The date and time written, or null when it is not a real one of the form YYYY-MM-DDTHH:MM (local time) from 1900 on. */
    public static java.time.LocalDateTime dateTime(String text) {
        return parse(text, DATE_TIME, java.time.LocalDateTime::parse, java.time.LocalDateTime::getYear);
    }

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[/.](\\d{1,2})|(\\d{4})-(\\d)");

    /**
     * For a date written another way (24/02/2022, 24-02-2022, 24.02.2022, 2022/02/24, 2022-2-4), what
     * it would be as YYYY-MM-DD: "did you mean 2022-02-24?". Day and month are read both ways round
     * only when both readings are real dates and differ, and then both are offered, day first as
     * written in the UK: "did you mean 2022-02-03, 3 February, or 2022-03-02, 2 March?". Null when
     * the text is not such a date.
     */
    public static String suggestDay(String text) {
        String t = text == null ? "" : text.strip();
        java.util.regex.Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            LocalDate d = of(m.group(1), m.group(3), m.group(4));
            return d == null ? null : "did you mean " + d + "?";
        }
        m = YEAR_LAST.matcher(t);
        if (!m.matches()) {
            return null;
        }
        LocalDate dayFirst = of(m.group(4), m.group(3), m.group(1));
        LocalDate monthFirst = of(m.group(4), m.group(1), m.group(3));
        if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
            return "did you mean " + dayFirst + ", " + dayMonth(dayFirst) + ", or " + monthFirst + ", " + dayMonth(monthFirst) + "?";
        }
        LocalDate only = dayFirst != null ? dayFirst : monthFirst;
        return only == null ? null : "did you mean " + only + "?";
    }

    /** For a month written another way (07/2022, 7-2022, 2022/07, 2022-7), what it would be as YYYY-MM; else null. */
    public static String suggestMonth(String text) {
        String t = text == null ? "" : text.strip();
        java.util.regex.Matcher m = MONTH_YEAR.matcher(t);
        String year;
        String month;
        if (m.matches()) {
            year = m.group(2);
            month = m.group(1);
        } else if ((m = YEAR_MONTH.matcher(t)).matches()) {
            year = m.group(1) != null ? m.group(1) : m.group(3);
            month = m.group(1) != null ? m.group(2) : m.group(4);
        } else {
            return null;
        }
        LocalDate d = of(year, month, "1");
        return d == null ? null : "did you mean " + YearMonth.from(d) + "?";
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return d.getYear() >= EARLIEST_YEAR ? d : null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String dayMonth(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    private static <T> T parse(String text, Pattern shape, Function<String, T> parser, ToIntFunction<T> year) {
        String t = text == null ? "" : text.strip();
        if (!shape.matcher(t).matches()) {
            return null;
        }
        try {
            T value = parser.apply(t);
            return year.applyAsInt(value) >= EARLIEST_YEAR ? value : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
