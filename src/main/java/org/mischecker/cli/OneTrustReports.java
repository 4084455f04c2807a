package org.mischecker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mischecker.check.Checker;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.Problem;
import org.mischecker.report.Printable;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.JsonResults;

/**
 * One trust's report from either an evidence file (checked) or a JSON result saved by
 * {@code mis check --format json} (read back), as {@code mis diff} and {@code mis trend} take them.
 * The rules are built only when an evidence file needs them.
 */
final class OneTrustReports {

    /** An input that cannot be used: its lines, for stderr. */
    static final class Unusable extends Exception {
        private final List<String> lines;

        Unusable(List<String> lines) {
            super(String.join("; ", lines), null, false, false);
            this.lines = lines;
        }

        List<String> lines() {
            return lines;
        }
    }

    private final CheckerOptions options;
    private Checker checker;

    OneTrustReports(CheckerOptions options) {
        this.options = options;
    }

    TrustReport read(Path file) throws Unusable {
        if (!Files.isRegularFile(file)) {
            throw new Unusable(List.of(Printable.visible(file.toString()) + (Files.isDirectory(file) ? ": is a folder" : ": file not found")
                    + "; expected an evidence file (*.yaml) or a JSON result (*.json) of one trust"));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return JsonResults.readOne(file);
            } catch (JsonResults.NotAResult e) {
                throw new Unusable(List.of(e.getMessage()));
            }
        }
        if (checker == null) {
            checker = options.checker(null);
        }
        try {
            return checker.check(file);
        } catch (EvidenceException e) {
            throw new Unusable(e.problems().stream().map(Problem::toString).toList());
        }
    }
}
