package org.mischecker.evidence;

import java.math.BigDecimal;

/** A number the trust reports that is not a ratio: a count of units, whole-time equivalents. */
public record Amount(String key, String action, BigDecimal value, String measure, String unit, Location at) {
}
