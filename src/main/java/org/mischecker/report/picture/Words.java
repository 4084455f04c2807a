package org.mischecker.report.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the pictures say dates, points and lists, the way the reports' words already say them. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private Words() {
    }

    /** "6 Dec 2021". */
    static String day(LocalDate d) {
        return d.format(DAY);
    }

    /** "6 Dec 21", where room is short. */
    static String shortDay(LocalDate d) {
        return d.format(SHORT);
    }

    /** "6 Dec 2021 to 5 Mar 2022". */
    static String span(LocalDate from, LocalDate to) {
        return day(from) + " to " + day(to);
    }

    /**
     * Percentage points to one decimal, never rounded to nothing: a margin of 0.04 points is
     * "under 0.1 points", so a near miss is not shown as on the line.
     */
    static String points(BigDecimal margin) {
        BigDecimal abs = margin.abs();
        if (abs.signum() == 0) {
            return "0 points";
        }
        BigDecimal shown = abs.setScale(1, RoundingMode.HALF_UP);
        if (shown.signum() == 0) {
            return "under 0.1 points";
        }
        return shown.toPlainString() + (shown.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
    }

    /** A percentage as a threshold is written: "95%", "92.5%". */
    static String percent(BigDecimal p) {
        BigDecimal s = p.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + "%";
    }

    /** "SA1, SA2 and SA3". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
