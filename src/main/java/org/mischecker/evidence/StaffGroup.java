package org.mischecker.evidence;

/** A staff group for which a group figure is required (one per group listed in the scheme's catalogue). */
public record StaffGroup(String key, String group) {
}
