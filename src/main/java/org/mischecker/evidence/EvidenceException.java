package org.mischecker.evidence;

import java.util.List;

/** The evidence file cannot be evaluated; carries every problem found, not just the first. */
public class EvidenceException extends Exception {

    private final List<Problem> problems;

    public EvidenceException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid evidence" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
