package org.mischecker.scheme;

/** The shapes evidence takes in a trust's file; see rules/&lt;year&gt;/evidence.yaml. */
public enum EvidenceKind {
    FIGURE, GROUP_FIGURES, DOCUMENTS, DOCUMENT, DECLARATION, NUMBER, COUNT, MONTH;

    public static EvidenceKind parse(String name) {
        return switch (name) {
            case "figure" -> FIGURE;
            case "groupFigures" -> GROUP_FIGURES;
            case "documents" -> DOCUMENTS;
            case "document" -> DOCUMENT;
            case "declaration" -> DECLARATION;
            case "number" -> NUMBER;
            case "count" -> COUNT;
            case "month" -> MONTH;
            default -> throw new IllegalArgumentException("unknown evidence kind '" + name + "'");
        };
    }

    /** How the kind is written in evidence.yaml and in messages. */
    public String yamlName() {
        return switch (this) {
            case FIGURE -> "figure";
            case GROUP_FIGURES -> "groupFigures";
            case DOCUMENTS -> "documents";
            case DOCUMENT -> "document";
            case DECLARATION -> "declaration";
            case NUMBER -> "number";
            case COUNT -> "count";
            case MONTH -> "month";
        };
    }

    /** How a value of this kind is written, with the year's own example month where one helps. */
    public String form(SchemeYear scheme) {
        return this == MONTH ? "YYYY-MM" + scheme.exampleMonth() : form();
    }

    /** How a value of this kind is written, for the comments of a blank evidence file. */
    public String form() {
        return switch (this) {
            case FIGURE -> "{numerator: N, denominator: N, source: document-id}";
            case GROUP_FIGURES -> "{group: {numerator: N, denominator: N, source: document-id}, ...}";
            case DOCUMENTS -> "[document-id, document-id, ...]";
            case DOCUMENT -> "document-id";
            case DECLARATION -> "{answer: yes or no, evidence: document-id}";
            case NUMBER -> "a number, for example 0.4";
            case COUNT -> "a whole number";
            case MONTH -> "YYYY-MM";
        };
    }
}
