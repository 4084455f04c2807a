package org.mischecker.evidence;

import java.time.YearMonth;

/** A calendar month the evidence refers to (for example the MSDS data month). */
public record MonthValue(String key, String action, YearMonth month, String measure, Location at) {
}
