package org.mischecker.rules;

import java.util.Set;

/**
 * A fact of the questions stage: the ids of the listed documents the file cites anywhere (an
 * evidence key, a figure's source, a declaration's evidence, an action plan), from
 * Evidence.citedDocuments. One set looked up per document: four "not cited by ..." joins over every
 * figure, reference and declaration cost the questions stage a third more per file.
 */
public record Cited(Set<String> documents) {

    public Cited {
        documents = Set.copyOf(documents);
    }
}
