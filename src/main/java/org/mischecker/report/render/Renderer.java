package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/** Writes check results in one format. Renderers only read the reports; they never change them. */
public interface Renderer {

    /** The name used with --format (text, json, ...). */
    String name();

    /**
     * @param reports one per evaluated file, in path order
     * @param errors one per file that could not be evaluated, in path order
     */
    void render(List<TrustReport> reports, List<FileError> errors, Appendable out) throws IOException;
}
