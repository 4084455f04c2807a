package org.mischecker.report.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/**
 * Writes check results in one format. Renderers only read the reports; they never change them.
 * Implement {@link #open} to stream (batch formats), or {@link #render} for formats that need the
 * whole run at once (a board report); each default is written in terms of the other.
 */
public interface Renderer {

    /** The name used with --format / -o (text, json, ...). */
    String name();

    /**
     * Starts an output for a run of {@code inputCount} files.
     */
    default ReportWriter open(Appendable out, int inputCount) {
        List<TrustReport> reports = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        return new ReportWriter() {
            @Override
            public void report(TrustReport report) {
                reports.add(report);
            }

            @Override
            public void error(FileError error) {
                errors.add(error);
            }

            @Override
            public void finish() throws IOException {
                render(reports, errors, out);
            }
        };
    }

    /**
     * @param reports one per evaluated file, in path order
     * @param errors one per file that could not be evaluated, in path order
     */
    default void render(List<TrustReport> reports, List<FileError> errors, Appendable out) throws IOException {
        ReportWriter writer = open(out, reports.size() + errors.size());
        for (TrustReport r : reports) {
            writer.report(r);
        }
        for (FileError e : errors) {
            writer.error(e);
        }
        writer.finish();
    }
}
