package org.mischecker.rules;

import java.util.List;
import org.mischecker.report.PackInfo;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.scheme.Confidence;
import org.mischecker.scheme.SchemeYear;

/**
 * How far a scheme year's rule pack can be trusted, computed from its own tags (rules/README.md):
 * <ul>
 *   <li>verified: every standard is S or R-H, and every value is known;</li>
 *   <li>provisional: some standards rest on recalled or inferred readings (R-M, R-L, I), or are
 *       declared unknown for the year (GAP standards, which are NOT ASSESSED);</li>
 *   <li>draft: some value is not known (a GAP parameter, as a pack copied with {@code mis pack new}
 *       has until it is filled in): it checks only when asked to explicitly.</li>
 * </ul>
 */
public record PackStatus(int year, String schemeName, PackInfo.Status status, String guidanceVersion, int standards, int recalled,
                         int unknownStandards, List<String> unknownValues) {

    public PackStatus {
        unknownValues = List.copyOf(unknownValues);
    }

    static PackStatus of(SchemeYear scheme, List<ActionSpec> catalogue) {
        List<StandardSpec> all = catalogue.stream().flatMap(a -> a.standards().stream()).toList();
        int unknown = (int) all.stream().filter(StandardSpec::unknown).count();
        int recalled = (int) all.stream().filter(s -> !s.unknown() && !Confidence.parse(s.confidence()).verified()).count();
        List<String> unknownValues = scheme.unknownParameters().stream().map(org.mischecker.scheme.Parameter::key).toList();
        PackInfo.Status status = !unknownValues.isEmpty() ? PackInfo.Status.DRAFT
                : recalled > 0 || unknown > 0 ? PackInfo.Status.PROVISIONAL : PackInfo.Status.VERIFIED;
        return new PackStatus(scheme.year(), scheme.schemeName(), status, scheme.guidanceVersion(), all.size(), recalled, unknown, unknownValues);
    }

    /** What a report says of its pack. */
    public PackInfo info() {
        return new PackInfo(year, schemeName, status, guidanceVersion, standards, recalled, unknownStandards, unknownValues.size());
    }
}
