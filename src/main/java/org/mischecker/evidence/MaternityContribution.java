package org.mischecker.evidence;

import java.math.BigDecimal;

/**
 * The maternity element of the trust's CNST contribution for the year, in pounds, before the
 * incentive uplift: what the 10% incentive element (mis-spec.md C-FIN-1) is a share of, so the
 * verdict can say in pounds what is at stake. Optional in the evidence file.
 */
public record MaternityContribution(BigDecimal pounds, Location at) {
}
