package org.mischecker.report;

import java.util.List;

/**
 * A question for the board, raised by a challenge rule after the standards are judged: not an
 * outcome, but something a board champion should ask before signing the declaration.
 *
 * @param subject the standard (SA1.b) or action (SA8) the question is about
 * @param concern the concern that raised it, named as its rule file is (narrow-margin, no-source, ...)
 * @param text the question in plain words, quoting the figures
 * @param figures the figures the question quotes ("41 of 44", "93.2%", "95%"), for machine readers
 */
public record Question(String subject, String concern, String text, List<String> figures) {

    public Question {
        figures = List.copyOf(figures);
    }

    /** The action the subject belongs to (SA1 for SA1.b). */
    public String action() {
        int dot = subject.indexOf('.');
        return dot < 0 ? subject : subject.substring(0, dot);
    }
}
