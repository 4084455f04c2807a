package org.mischecker.check;

import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/** What checking one file gave: its report, or the problems that stopped it being evaluated (never both). */
public record FileResult(TrustReport report, FileError error) {

    public FileResult {
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("a file gives either a report or an error");
        }
    }

    public static FileResult of(TrustReport report) {
        return new FileResult(report, null);
    }

    public static FileResult of(FileError error) {
        return new FileResult(null, error);
    }

    public boolean evaluated() {
        return report != null;
    }
}
