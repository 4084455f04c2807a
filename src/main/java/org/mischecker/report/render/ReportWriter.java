package org.mischecker.report.render;

import java.io.IOException;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/**
 * One output being written while a run goes on: results arrive one at a time, in path order, and
 * are written out (or folded into small totals) rather than kept, so memory stays flat however
 * many trusts are checked.
 */
public interface ReportWriter {

    void report(TrustReport report) throws IOException;

    void error(FileError error) throws IOException;

    /** Writes whatever comes after the last result (totals, closing brackets). */
    void finish() throws IOException;
}
