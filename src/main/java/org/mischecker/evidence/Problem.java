package org.mischecker.evidence;

/** One thing wrong with an evidence file: where, what is wrong, and what is expected. */
public record Problem(Location at, String message) {

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
