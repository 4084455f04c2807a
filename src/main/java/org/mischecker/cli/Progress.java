package org.mischecker.cli;

import java.io.PrintWriter;

/** A one-line progress count on stderr for long runs at a terminal; silent otherwise. */
final class Progress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private long lastPrinted;
    private int done;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.lastPrinted = System.nanoTime();
    }

    void step() {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS || done == total) {
            lastPrinted = now;
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " files checked");
            err.flush();
        }
    }

    void finish() {
        if (enabled && done > 0) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
