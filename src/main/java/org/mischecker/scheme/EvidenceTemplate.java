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
        out.append("#   - {id: ").append(scheme.exampleDocumentId(0)).append(", title: \"Trust Board: quarterly report\", date: ")
                .append(scheme.exampleDay().map(Object::toString).orElse("YYYY-MM-DD")).append(",\n");
        out.append("#      approvedBy: Trust Board, keptAt: \"Board papers, item 8\"}\n");
        out.append("documents: []\n\n");
        out.append("# Committees the Board has delegated authority to (optional; uncomment): where a standard needs the Board,\n");
        out.append("# what the committee approved from the date of the Board's document that delegates to it counts as the Board's.\n");
        out.append("# boardCommittees:\n");
        out.append("#   - {name: Quality committee, delegatedBy: board-committee-terms-of-reference-id}\n\n");
        out.append("# For each action not met, the action plan a discretionary payment needs (optional; uncomment):\n");
        out.append("# actionPlans:\n");
        out.append("#   ").append(scheme.actions().isEmpty() ? "SA1" : scheme.actions().get(scheme.actions().size() / 2).id())
                .append(": {lead: Director of Midwifery, timescale: ").append(scheme.exampleTimescale())
                .append(", requestedSum: 45000, document: action-plan-id}\n\n");
        String sent = scheme.parameter("declaration.deadline").filter(Parameter::known)
                .map(d -> d.dateTime().minusDays(1).toString()).orElse("YYYY-MM-DDTHH:MM");
        String signed = scheme.parameter("declaration.deadline").filter(Parameter::known)
                .map(d -> d.dateTime().toLocalDate().minusDays(5).toString()).orElse("YYYY-MM-DD");
        out.append("# The declaration form as it was sent (optional; uncomment once it is signed and sent): the report then judges\n");
        out.append("# the declaration's own conditions (deadline, signatures, Board approval, discussion with the commissioner).\n");
        out.append("# declaration:\n");
        out.append("#   submitted: ").append(sent).append("   # when it was emailed, local time\n");
        out.append("#   ceo: {name: CHIEF EXECUTIVE, signed: ").append(signed).append("}\n");
        out.append("#   icbAccountableOfficer: {name: ICB ACCOUNTABLE OFFICER, signed: ").append(signed).append("}\n");
        out.append("#   boardApproval: board-minutes-id          # the Trust Board's minutes approving the declaration\n");
        out.append("#   commissionerDiscussion: icb-meeting-id   # the record of the discussion with the commissioner (ICB)\n\n");
        out.append("# The maternity element of the trust's CNST contribution, in pounds, before the incentive uplift (optional):\n");
        out.append("# maternityContribution: 2450000\n");
        for (ActionInfo action : scheme.actions()) {
            out.append("\n# ").append(action.id()).append(": ").append(action.title()).append("\n");
            if (action.evidence().isEmpty()) {
                // Every standard of the action is unknown for the year: there is no key to write, and an
                // empty "SA8:" would not load. Say why instead.
                out.append("# (no evidence keys: ").append(String.join(", ", action.unknownStandards().stream().map(UnknownStandard::id).toList()))
                        .append(" are not known for this scheme year, so ").append(action.id()).append(" is NOT ASSESSED)\n");
                continue;
            }
            out.append(action.id()).append(":\n");
            for (EvidenceKey key : action.evidence().values()) {
                out.append("  # ").append(EvidenceSchema.describe(key, scheme)).append("\n");
                out.append("  #   write: ").append(form(key, scheme)).append("\n");
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

    private static String form(EvidenceKey key, SchemeYear scheme) {
        if (key.kind() == EvidenceKind.GROUP_FIGURES && !key.groups().isEmpty()) {
            return "{" + key.groups().get(0) + ": {numerator: N, denominator: N, source: document-id}, ...}";
        }
        return key.kind().form(scheme);
    }
}
