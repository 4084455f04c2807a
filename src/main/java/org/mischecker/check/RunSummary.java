package org.mischecker.check;

/**
 * How a run of checks ended, counted as results arrive: trusts meeting all ten, trusts that do not,
 * and files that could not be evaluated. Keeps "a standard failed" apart from "a file could not be
 * read", in the count and in the exit code.
 */
public final class RunSummary {

    private int meetingAllTen;
    private int notMeetingAllTen;
    private int undetermined;
    private int notEvaluated;

    public void add(FileResult result) {
        if (!result.evaluated()) {
            notEvaluated++;
            return;
        }
        switch (result.report().outcome()) {
            case MET -> meetingAllTen++;
            case NOT_ASSESSED -> undetermined++;
            default -> notMeetingAllTen++;
        }
    }

    /** Trusts whose verdict cannot be determined: no action failed, some could not be assessed. */
    public int undetermined() {
        return undetermined;
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
        return meetingAllTen + notMeetingAllTen + undetermined + notEvaluated;
    }

    /**
     * A file that could not be evaluated outweighs any verdict (the run did not check everything it
     * was given); then a trust not meeting all ten; then a verdict that cannot be determined.
     */
    public ExitCode exitCode() {
        if (notEvaluated > 0) {
            return ExitCode.INVALID_INPUT;
        }
        if (notMeetingAllTen > 0) {
            return ExitCode.NOT_ALL_MET;
        }
        return undetermined > 0 ? ExitCode.CANNOT_DETERMINE : ExitCode.SUCCESS;
    }
}
