package org.mischecker.check;

/**
 * The process exit codes every front end reports. What each means for a given command is said by
 * that command's help (a diff or an explain succeeds with 0 whatever the trust's verdict).
 */
public enum ExitCode {
    SUCCESS(0),
    NOT_ALL_MET(1),
    INVALID_INPUT(2),
    INTERNAL_ERROR(3),
    CANNOT_DETERMINE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
