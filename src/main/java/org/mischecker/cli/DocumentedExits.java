package org.mischecker.cli;

import java.util.Map;

/** A command that says what each of its exit codes means; --help lists them from here. */
interface DocumentedExits {

    /** Exit code (as text) to its meaning for this command, in order. */
    Map<String, String> exitCodes();
}
