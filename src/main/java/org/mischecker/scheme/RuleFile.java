package org.mischecker.scheme;

/** One DRL file of a rule pack: its path for messages and its text. */
public record RuleFile(String path, String text) {
}
