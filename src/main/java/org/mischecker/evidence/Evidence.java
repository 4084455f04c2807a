package org.mischecker.evidence;

import java.util.List;
import java.util.Map;

/**
 * One trust's evidence for one scheme year, parsed and validated. {@code facts} are the immutable
 * objects handed to the rule sessions (figures, document references, declarations, amounts, months,
 * required staff groups, and the action plans the questions stage reads).
 *
 * @param laterSources on a board date ({@link AsOfFilter}), each figure left out because its source
 *                     document is dated after that date, by its key (with ".group" for a staff
 *                     group's figure), with that document: the figure is NO EVIDENCE on the day,
 *                     and the report says why rather than asking for the key; empty otherwise
 */
public record Evidence(String file, int schemeYear, String trustName, String odsCode,
                       Map<String, DeclaredStatus> boardDeclaration, List<Document> documents,
                       List<Object> facts, Map<String, Document> laterSources) {

    public Evidence {
        boardDeclaration = Map.copyOf(boardDeclaration);
        documents = List.copyOf(documents);
        facts = List.copyOf(facts);
        laterSources = Map.copyOf(laterSources);
    }

    /** The same evidence with other facts (figures held against external data). */
    public Evidence withFacts(List<Object> other) {
        return new Evidence(file, schemeYear, trustName, odsCode, boardDeclaration, documents, other, laterSources);
    }

    /**
     * The ids of the listed documents something refers to: an evidence key, a figure's source, a
     * declaration's evidence or an action plan. A listed document outside this set is cited nowhere.
     */
    public java.util.Set<String> citedDocuments() {
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (Object fact : facts) {
            String id = fact instanceof DocumentRef r ? r.document().id()
                    : fact instanceof Figure f ? f.source()
                    : fact instanceof Declaration d ? d.evidence()
                    : fact instanceof ActionPlan p ? p.document()
                    : fact instanceof BoardCommittee c && c.delegatedBy() != null ? c.delegatedBy().id() : null;
            if (id != null) {
                cited.add(id);
            }
            if (fact instanceof DeclarationForm form) {
                java.util.stream.Stream.of(form.boardApproval(), form.commissionerDiscussion())
                        .filter(java.util.Objects::nonNull).forEach(d -> cited.add(d.id()));
            }
        }
        return cited;
    }

    public Evidence(String file, int schemeYear, String trustName, String odsCode, Map<String, DeclaredStatus> boardDeclaration,
                    List<Document> documents, List<Object> facts) {
        this(file, schemeYear, trustName, odsCode, boardDeclaration, documents, facts, Map.of());
    }
}
