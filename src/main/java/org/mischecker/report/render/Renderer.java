package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/**
 * Writes check results in one format, streamed: results arrive one at a time, in path order, and
 * are written out (or folded into small totals) as they come. Renderers only read the reports; they
 * never change them. A format that needs the whole run at once (a board paper) is a
 * {@link DocumentRenderer}.
 */
public interface Renderer {

    /** The name used with --format / -o (text, json, ...). */
    String name();

    /** Starts an output for a run of {@code inputCount} files. */
    ReportWriter open(Appendable out, int inputCount);

    /**
     * Writes a whole run at once.
     *
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
