package org.mischecker.scheme;

/**
 * One DRL file of a rule pack.
 *
 * @param path   its name inside the pack (rules/y4/sa01-....drl), the same wherever the pack is read from
 * @param text   the DRL
 * @param source where it was read from, for messages: the file on disk for packs loaded with --rules
 *               DIR, so a DRL error names the file the user is editing
 */
public record RuleFile(String path, String text, String source) {

    public RuleFile(String path, String text) {
        this(path, text, path);
    }
}
