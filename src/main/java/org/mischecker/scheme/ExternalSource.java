package org.mischecker.scheme;

/**
 * A source of data NHS Resolution verifies a trust's own figures against (mis-spec.md s2.3): MBRRACE-UK
 * for SA1, the NHS Digital MSDS scorecard for SA2, HSIB/MNSI and Early Notification records checked
 * against the NNRD for SA10. Defined once per pack (evidence.yaml {@code externalSources:}); a figure
 * key names the source that verifies it ({@code verifiedBy:}), and an auditor's extract of that source
 * is a CSV file naming it by id.
 *
 * @param id the id an extract's {@code # source:} line gives, for example mbrrace
 * @param name how reports name it, for example "MBRRACE-UK PMRT data"
 * @param guidance where the notes say NHS Resolution checks against it
 */
public record ExternalSource(String id, String name, String guidance) {
}
