package org.mischecker.report;

/**
 * A piece of evidence a finding used: the evidence key, where it was written, and for documents the
 * document's id, title, date, approver and where it is kept (null fields when not a document).
 */
public record EvidenceUse(String key, String location, String documentId, String title, String date,
                          String approvedBy, String keptAt) {
}
