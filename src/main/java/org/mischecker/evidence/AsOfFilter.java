package org.mischecker.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evidence as it stood on a board date ({@code mis check --as-of DATE}): what the board could
 * have seen that day, so a champion can run the check before each board meeting.
 *
 * <ul>
 *   <li>Documents dated after the date are left out, with every reference to them under an evidence key.</li>
 *   <li>A figure whose source document is dated after the date is left out (NO EVIDENCE): the report
 *       that holds the numbers did not exist yet, so neither did the numbers. The evidence keeps which
 *       figures, and their sources ({@link Evidence#laterSources}), so the report can say so.</li>
 *   <li>A declaration whose supporting document is dated after the date keeps its answer but loses the
 *       reference: the trust may say it on that day, but nothing written shows it yet (the challenge
 *       rules then ask what supports it).</li>
 *   <li>A Board committee whose delegating document is dated after the date did not yet hold the Board's
 *       authority, so it is left out.</li>
 *   <li>The declaration form counts only once it was sent: before then its conditions are not yet
 *       checked (its section is left out); after, any document it names dated after the date is left out.</li>
 *   <li>Amounts, months and the board's declared status have no date and are kept.</li>
 * </ul>
 */
public final class AsOfFilter {

    /** The filtered evidence, with how much was left out, for the report to say so. */
    public record Result(Evidence evidence, int documentsLeftOut, int figuresLeftOut, int declarationsUnsupported) {
    }

    private AsOfFilter() {
    }

    public static Evidence apply(Evidence evidence, LocalDate asOf) {
        return filter(evidence, asOf).evidence();
    }

    public static Result filter(Evidence evidence, LocalDate asOf) {
        Map<String, Document> byId = evidence.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a));
        List<Document> kept = evidence.documents().stream().filter(d -> !after(d, asOf)).toList();
        int figures = 0;
        int declarations = 0;
        List<Object> facts = new ArrayList<>();
        Map<String, Document> laterSources = new java.util.HashMap<>();
        for (Object fact : evidence.facts()) {
            if (fact instanceof DocumentRef ref && after(ref.document(), asOf)) {
                continue;
            }
            if (fact instanceof BoardCommittee c && after(c.delegatedBy(), asOf)) {
                continue;
            }
            if (fact instanceof Figure f && f.source() != null && after(byId.get(f.source()), asOf)) {
                figures++;
                laterSources.put(f.group() == null ? f.key() : f.key() + "." + f.group(), byId.get(f.source()));
                continue;
            }
            if (fact instanceof Declaration d && d.evidence() != null && after(byId.get(d.evidence()), asOf)) {
                declarations++;
                facts.add(new Declaration(d.key(), d.action(), d.answer(), null, null, d.measure(), d.at(), byId.get(d.evidence())));
                continue;
            }
            if (fact instanceof DeclarationForm form) {
                if (form.submitted() != null && !form.submitted().toLocalDate().isAfter(asOf)) {
                    facts.add(new DeclarationForm(form.submitted(), form.ceo(), form.icbAccountableOfficer(),
                            after(form.boardApproval(), asOf) ? null : form.boardApproval(),
                            after(form.commissionerDiscussion(), asOf) ? null : form.commissionerDiscussion(), form.at()));
                }
                continue;
            }
            facts.add(fact);
        }
        Evidence filtered = new Evidence(evidence.file(), evidence.schemeYear(), evidence.trustName(), evidence.odsCode(),
                evidence.boardDeclaration(), kept, facts, laterSources);
        return new Result(filtered, evidence.documents().size() - kept.size(), figures, declarations);
    }

    private static boolean after(Document d, LocalDate asOf) {
        return d != null && d.date() != null && d.date().isAfter(asOf);
    }
}
