package org.mischecker.report;

import java.util.List;

/** A file that could not be evaluated, with every problem found in it ("file:line:col: message"). */
public record FileError(String file, List<String> problems) {

    public FileError {
        problems = List.copyOf(problems);
    }
}
