package org.mischecker.scheme;

import java.math.BigDecimal;

/**
 * Plausibility bounds of the values any evidence file may hold, in one place for the loader and the
 * JSON Schema. They are not thresholds: no standard is judged against them. A value above one is a
 * typing or paste error (a phone number in a count, 1e400 pounds), refused on loading with the bound
 * in the message rather than judged. Number and count keys under an action have their own bound in
 * the year's catalogue ({@code max:} in evidence.yaml, {@link EvidenceKey#max()}).
 */
public final class Bounds {

    /**
     * A figure's numerator and denominator count deaths, births, bookings, staff, shifts or cases of
     * one trust over a reporting period: the largest trusts have some tens of thousands of births or
     * staff in a year, so a million is far above any real count.
     */
    public static final long MAX_FIGURE_COUNT = 1_000_000;

    /**
     * An action plan's requested sum, in pounds. A discretionary payment is much smaller than the
     * trust's 10% incentive contribution (mis-spec.md C-FIN-3), and the largest sums on record are a
     * few million over two years (mis-spec.md: Leeds, 4,887,084 pounds); fifty million is far above any.
     */
    public static final BigDecimal MAX_REQUESTED_SUM = new BigDecimal("50000000");

    /**
     * The maternity element of a trust's CNST contribution, in pounds, before the incentive uplift. The
     * whole of CNST's obstetric claims run to some billions a year across all trusts (mis-spec.md s1
     * claims context), so one trust's maternity element is some millions, at most tens of millions;
     * five hundred million is far above any.
     */
    public static final BigDecimal MAX_MATERNITY_CONTRIBUTION = new BigDecimal("500000000");

    /**
     * An external data extract (mis check --external), in bytes: a national extract has a row per trust
     * (about 120 in England) and a few columns; even ten thousand synthetic trusts fit in a few megabytes.
     */
    public static final long MAX_EXTERNAL_BYTES = 64L * 1024 * 1024;

    private Bounds() {
    }
}
