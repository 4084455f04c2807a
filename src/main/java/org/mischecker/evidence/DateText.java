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
