package org.mischecker.report;

/**
 * The rule pack a report was judged by, as the report states it before its verdict: its status and
 * why (how many standards rest on recalled readings, how many the pack cannot state, how many values
 * it does not know), and the scheme's name as that year's guidance gives it (null in a result saved before
 * packs named it).
 */
public record PackInfo(int year, String schemeName, Status status, String guidanceVersion, int standards, int recalledStandards,
                       int unknownStandards, int unknownValues) {

    /** verified, provisional or draft; see rules/README.md. */
    public enum Status {
        VERIFIED, PROVISIONAL, DRAFT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One sentence for the top of a report: "Provisional rule pack (scheme year 4, guidance 2022-10):
     * 49 of 50 standards rest on values recalled from the guidance, not checked against it."
     */
    public String banner() {
        StringBuilder b = new StringBuilder(Character.toUpperCase(status.word().charAt(0)) + status.word().substring(1))
                .append(" rule pack (scheme year ").append(year).append(guidanceVersion == null ? "" : ", guidance " + guidanceVersion)
                .append(")");
        if (status == Status.VERIFIED) {
            return b.append(": every standard is sourced or recalled with high confidence.").toString();
        }
        java.util.List<String> why = new java.util.ArrayList<>();
        if (recalledStandards > 0) {
            why.add(recalledStandards + " of " + standards + " standards rest on values recalled from the guidance, not checked against it");
        }
        if (unknownStandards > 0) {
            why.add(unknownStandards + (unknownStandards == 1 ? " standard is" : " standards are") + " not known for this year and cannot be assessed");
        }
        if (unknownValues > 0) {
            why.add(unknownValues + (unknownValues == 1 ? " value is" : " values are") + " not known (GAP): a draft, its verdicts are not to be relied on");
        }
        return b.append(": ").append(String.join("; ", why)).append('.').toString();
    }
}
