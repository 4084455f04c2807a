package org.mischecker.evidence;

/**
 * A committee the trust's Board has delegated authority to (the evidence file's {@code boardCommittees}),
 * with the Board's document that delegates it (terms of reference, scheme of delegation). Where a
 * standard needs the Board, a document this committee approved on or after that document's date
 * counts as the Board's (mis-spec.md s3 Conventions).
 */
public record BoardCommittee(String name, Document delegatedBy, Location at) {
}
