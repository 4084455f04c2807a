package org.mischecker.cli;

import java.nio.file.Path;

/** One requested output: a format, written to a file or (file null) to standard output. */
record OutputSpec(String format, Path file) {

    /** Parses {@code FORMAT[=FILE]} as given to -o. */
    static OutputSpec parse(String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            return new OutputSpec(value.strip(), null);
        }
        String file = value.substring(eq + 1).strip();
        return new OutputSpec(value.substring(0, eq).strip(), file.isEmpty() || file.equals("-") ? null : Path.of(file));
    }
}
