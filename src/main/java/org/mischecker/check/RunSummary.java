package org.mischecker.check;

/**
 * How a run of checks ended, counted as results arrive: trusts meeting all ten, trusts that do not,
 * and files that could not be evaluated. Keeps "a standard failed" apart from "a file could not be
 * read", in the count and in the exit code.
 */
public final class RunSummary {

    private int meetingAllTen;
    private int notMeetingAllTen;
    private int notEvaluated;

    public void add(FileResult result) {
        if (!result.evaluated()) {
            notEvaluated++;
        } else if (result.report().meetsScheme()) {
            meetingAllTen++;
        } else {
            notMeetingAllTen++;
        }
    }

    public int meetingAllTen() {
        return meetingAllTen;
    }

    public int notMeetingAllTen() {
        return notMeetingAllTen;
    }

    public int notEvaluated() {
        return notEvaluated;
    }

    public int files() {
        return meetingAllTen + notMeetingAllTen + notEvaluated;
    }

    /** A file that could not be evaluated outweighs any verdict: the run did not check everything it was given. */
    public ExitCode exitCode() {
        if (notEvaluated > 0) {
            return ExitCode.INVALID_INPUT;
        }
        return notMeetingAllTen == 0 ? ExitCode.SUCCESS : ExitCode.NOT_ALL_MET;
    }
}
