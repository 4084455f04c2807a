package org.mischecker.report;

import java.util.List;

/**
 * A cadence check's missing intervals on a board date: those that ended before it can no longer be
 * met (the scheme counts documents in the interval, not after it); those still running or to come
 * are open.
 */
public record CadenceGap(String standard, String check, String every,
                         List<CadenceCoverage.Interval> closed, List<CadenceCoverage.Interval> open) {

    public CadenceGap {
        closed = List.copyOf(closed);
        open = List.copyOf(open);
    }
}
