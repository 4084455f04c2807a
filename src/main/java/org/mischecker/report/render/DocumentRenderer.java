package org.mischecker.report.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/**
 * A format written as one document from the whole run (an HTML or Markdown board paper): results
 * are collected as they arrive and the document is written when the run finishes. Implementations
 * write {@link #render}; the streaming {@link #open} is fixed here, so neither can call the other
 * round in a loop.
 */
public abstract class DocumentRenderer implements Renderer {

    @Override
    public abstract void render(List<TrustReport> reports, List<FileError> errors, Appendable out) throws IOException;

    @Override
    public final ReportWriter open(Appendable out, int inputCount) {
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
}
