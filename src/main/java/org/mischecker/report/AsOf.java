package org.mischecker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The board date a report was drawn up for (mis check --as-of): documents dated after it were left
 * out, so the report is the picture the board had that day.
 *
 * @param deadline the declaration deadline of the scheme year
 * @param documentsLeftOut documents dated after the board date
 * @param figuresLeftOut figures whose source document is dated after it
 * @param declarationsUnsupported declarations whose supporting document is dated after it (kept, unsupported)
 */
public record AsOf(LocalDate date, LocalDateTime deadline, int documentsLeftOut, int figuresLeftOut,
                   int declarationsUnsupported) {

    public AsOf(LocalDate date, LocalDateTime deadline) {
        this(date, deadline, 0, 0, 0);
    }

    /** Whole days from the board date to the deadline's day; negative once the deadline has passed. */
    public long daysToDeadline() {
        return ChronoUnit.DAYS.between(date, deadline.toLocalDate());
    }
}
