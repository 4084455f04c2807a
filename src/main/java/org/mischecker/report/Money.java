package org.mischecker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is at stake in pounds: the trust's maternity CNST contribution as its evidence file gives it,
 * and the incentive element of it (mis-spec.md C-FIN-1: NHS Resolution raises the maternity element
 * by 10%, and a trust at ten out of ten recovers that). The uplift is null when the pack does not know
 * it, and then so is the sum.
 *
 * @param contribution the maternity element of the contribution before the uplift, in pounds
 * @param uplift the uplift as the pack states it, with its confidence
 * @param incentive the incentive element in whole pounds (contribution times the uplift), or null
 */
public record Money(BigDecimal contribution, ThresholdUse uplift, BigDecimal incentive) {

    /** "£2,450,000", or "£1,234.50" when there are pence. */
    public static String pounds(BigDecimal sum) {
        BigDecimal plain = sum.stripTrailingZeros();
        return plain.scale() <= 0 ? String.format(java.util.Locale.ROOT, "\u00a3%,d", plain.toBigIntegerExact())
                : String.format(java.util.Locale.ROOT, "\u00a3%,.2f", sum);
    }

    /** "£245,000 (10% of the £2,450,000 maternity contribution)", or null when the uplift is not known. */
    public String stake() {
        return incentive == null ? null : pounds(incentive) + " (" + uplift.value() + " of the " + pounds(contribution)
                + " maternity contribution)";
    }

    public static Money of(BigDecimal contribution, ThresholdUse uplift, BigDecimal upliftPercent) {
        BigDecimal incentive = upliftPercent == null ? null
                : contribution.multiply(upliftPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        return new Money(contribution, uplift, incentive);
    }
}
