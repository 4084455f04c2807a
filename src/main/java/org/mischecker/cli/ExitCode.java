package org.mischecker.cli;

/** The process exit codes; --help lists them from here so the text cannot drift from the code. */
public enum ExitCode {
    ALL_MET(0, "every file evaluated and all ten safety actions met"),
    NOT_ALL_MET(1, "evaluated, and not all ten safety actions met in at least one file"),
    INVALID_INPUT(2, "usage error, or evidence that cannot be evaluated (file, line and problem are printed)"),
    INTERNAL_ERROR(3, "internal error, for example rules that do not build");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    static java.util.Map<String, String> helpLines() {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (ExitCode e : values()) {
            lines.put(String.valueOf(e.code), e.meaning);
        }
        return lines;
    }
}
