package org.mischecker.scheme;

import java.util.List;

/**
 * A blank, commented evidence file for one scheme year, written by {@code mis init}: every action
 * with every key of the catalogue present but blank (YAML null, which the loader reads as no
 * evidence yet), each with a comment saying what it measures and how to write it. The file loads
 * as it is, so a trust can fill it in one key at a time and check it as it goes.
 */
public final class EvidenceTemplate {

    private EvidenceTemplate() {
    }

    public static String of(SchemeYear scheme) {
        StringBuilder out = new StringBuilder();
        header(out, scheme);
        out.append("schemeYear: ").append(scheme.year()).append("\n");
        if (scheme.guidanceVersion() != null) {
            out.append("guidanceVersion: \"").append(scheme.guidanceVersion()).append("\"   # the version of the guidance this file answers (")
                    .append(scheme.guidance()).append(")\n");
        }
        out.append("\n");
        out.append("trust:\n");
        out.append("  name: \"TRUST NAME\"   # replace with the trust's name\n");
        out.append("  odsCode: XXX         # replace with the trust's ODS code, for example RXX\n\n");
        out.append("# What the Board declared, compared with the evidence (optional; uncomment and fill in):\n");
        out.append("# boardDeclaration: {")
                .append(String.join(", ", scheme.actions().stream().map(a -> a.id() + ": met").toList()))
                .append("}\n\n");
        out.append("# Every document the evidence refers to, listed once. Replace [] with entries like:\n");
        out.append("#   - {id: board-2022-01, title: \"Trust Board: PMRT quarterly report\", date: 2022-01-27,\n");
        out.append("#      approvedBy: Trust Board, keptAt: \"Board papers, item 8\"}\n");
        out.append("documents: []\n\n");
        out.append("# Committees the Board has delegated authority to (optional; uncomment): where a standard needs the Board,\n");
        out.append("# what the committee approved from the date of the Board's document that delegates to it counts as the Board's.\n");
        out.append("# boardCommittees:\n");
        out.append("#   - {name: Quality committee, delegatedBy: board-committee-terms-of-reference-id}\n\n");
        out.append("# For each action not met, the action plan a discretionary payment needs (optional; uncomment):\n");
        out.append("# actionPlans:\n");
        out.append("#   SA5: {lead: Director of Midwifery, timescale: 2023-09-30, requestedSum: 45000, document: action-plan-id}\n");
        for (ActionInfo action : scheme.actions()) {
            out.append("\n# ").append(action.id()).append(": ").append(action.title()).append("\n");
            if (action.evidence().isEmpty()) {
                // SA3 in year 5: its standards are not known, so it takes no evidence (an empty key would not load).
                out.append("# ").append(action.id()).append(" takes no evidence in scheme year ").append(scheme.year())
                        .append(": the rule pack does not know its standards, so they are reported NOT ASSESSED.\n");
                continue;
            }
            out.append(action.id()).append(":\n");
            for (EvidenceKey key : action.evidence().values()) {
                out.append("  # ").append(EvidenceSchema.describe(key, scheme)).append("\n");
                out.append("  #   write: ").append(form(key)).append("\n");
                out.append("  ").append(key.name()).append(":\n");
            }
        }
        return out.toString();
    }

    private static void header(StringBuilder out, SchemeYear scheme) {
        List<String> lines = List.of(
                "Evidence for the NHS Resolution " + scheme.title() + ".",
                "Written by `mis init`; check it with `mis check FILE`.",
                "",
                "Fill in one key at a time. A key left blank (nothing after the colon) is no evidence yet:",
                "the standards that need it are reported as NO EVIDENCE, which counts as not met.",
                "- Figures are counts, never percentages: {numerator: 41, denominator: 44, source: document-id}.",
                "- Documents (minutes, audits, reports) are listed once under documents, with their date and",
                "  who approved them, and referred to by id elsewhere.",
                "- Declarations are {answer: yes or no, evidence: document-id}.",
                "- Indent with spaces, never tabs. Dates are YYYY-MM-DD, months YYYY-MM.",
                "`mis explain SA1.b` explains a standard; `mis schema` prints a JSON Schema for editors.");
        for (String line : lines) {
            out.append(line.isEmpty() ? "#" : "# " + line).append("\n");
        }
        out.append("\n");
    }

    private static String form(EvidenceKey key) {
        if (key.kind() == EvidenceKind.GROUP_FIGURES && !key.groups().isEmpty()) {
            return "{" + key.groups().get(0) + ": {numerator: N, denominator: N, source: document-id}, ...}";
        }
        return key.kind().form();
    }
}
