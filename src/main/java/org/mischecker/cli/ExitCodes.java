package org.mischecker.cli;

import static org.mischecker.check.ExitCode.CANNOT_DETERMINE;
import static org.mischecker.check.ExitCode.INTERNAL_ERROR;
import static org.mischecker.check.ExitCode.INVALID_INPUT;
import static org.mischecker.check.ExitCode.NOT_ALL_MET;
import static org.mischecker.check.ExitCode.SUCCESS;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mischecker.check.ExitCode;

/** What each command's exit codes mean, for its --help; written once here so the text cannot drift from the code. */
final class ExitCodes {

    private static final String USAGE = "usage error, or evidence or an external extract that cannot be evaluated (file, line and"
            + " problem are printed)";
    private static final String INTERNAL = "internal error, for example rules that do not build";

    static final Map<String, String> CHECK = of(
            SUCCESS, "every file evaluated and all ten safety actions met (and, where the file gives its declaration section,"
                    + " the declaration's own conditions met)",
            NOT_ALL_MET, "evaluated, and in at least one file not all ten safety actions met, or the declaration's own conditions not met",
            INVALID_INPUT, USAGE,
            INTERNAL_ERROR, INTERNAL,
            CANNOT_DETERMINE, "evaluated, no file fails an action, but the verdict of at least one cannot be determined"
                    + " (the rule pack does not know a threshold or standard it needs)");

    static final Map<String, String> DIFF = of(
            SUCCESS, "compared, whatever the two results are (read the report for regressions)",
            INVALID_INPUT, USAGE,
            INTERNAL_ERROR, INTERNAL);

    static final Map<String, String> TREND = of(
            SUCCESS, "the trend was written, whatever it shows",
            INVALID_INPUT, USAGE + "; a snapshot that cannot be read, or snapshots of different trusts or scheme years",
            INTERNAL_ERROR, INTERNAL);

    static final Map<String, String> PACK_CHECK = of(
            SUCCESS, "every pack checked is sound and all its cases pass",
            NOT_ALL_MET, "a pack has problems or failing cases (each is printed with its file and line)",
            INVALID_INPUT, "usage error (what is wrong is printed)",
            INTERNAL_ERROR, "the rules do not build or the pack cannot be read (file and line are printed)");

    /** Commands that read the rule packs but judge nothing (explain, schema, init, generate). */
    static final Map<String, String> TOOL = of(
            SUCCESS, "done",
            INVALID_INPUT, "usage error (what is wrong is printed)",
            INTERNAL_ERROR, INTERNAL);

    private ExitCodes() {
    }

    private static Map<String, String> of(Object... codeThenMeaning) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (int i = 0; i < codeThenMeaning.length; i += 2) {
            lines.put(String.valueOf(((ExitCode) codeThenMeaning[i]).code()), (String) codeThenMeaning[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(lines);
    }
}
