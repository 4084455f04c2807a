package org.mischecker.evidence;

import java.util.List;
import java.util.Map;

/**
 * One trust's evidence for one scheme year, parsed and validated. {@code facts} are the immutable
 * objects handed to the rule sessions (figures, document references, declarations, amounts, months,
 * required staff groups, and the action plans the questions stage reads).
 */
public record Evidence(String file, int schemeYear, String trustName, String odsCode,
                       Map<String, DeclaredStatus> boardDeclaration, List<Document> documents,
                       List<Object> facts) {

    public Evidence {
        boardDeclaration = Map.copyOf(boardDeclaration);
        documents = List.copyOf(documents);
        facts = List.copyOf(facts);
    }
}
