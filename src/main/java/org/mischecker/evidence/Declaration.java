package org.mischecker.evidence;

/** A yes/no statement the trust makes, with the id of the document that supports it (may be null). */
public record Declaration(String key, String action, boolean answer, String evidence, String measure, Location at) {
}
