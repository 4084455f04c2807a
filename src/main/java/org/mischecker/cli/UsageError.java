package org.mischecker.cli;

/**
 * A command was given something it cannot use (an option out of range, a folder that is not there):
 * one line naming what is wrong and what is expected, exit code 2, whichever command threw it.
 */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message, null, false, false);
    }
}
