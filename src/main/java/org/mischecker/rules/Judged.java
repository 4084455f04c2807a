package org.mischecker.rules;

import org.mischecker.report.Finding;

/**
 * A fact of the questions stage: this finding judged this evidence key (for this staff group, or
 * none). Joining on it by key lets Drools index the join; asking each finding whether it used a
 * key compared every finding with every figure of the file.
 */
public record Judged(String key, String detail, Finding finding) {
}
