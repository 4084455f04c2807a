package org.mischecker.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The Board declaration form as the trust sent it to NHS Resolution (the evidence file's optional
 * {@code declaration} section): when it was sent, who signed it and when, the Board meeting that
 * approved it and the record of the discussion with the commissioner or ICB. The rules judge each of
 * the scheme's conditions on it (mis-spec.md s2.2, C-DEC-1 to C-DEC-3); any part may be missing (null).
 *
 * @param submitted the date and time the form was sent, local time
 * @param boardApproval the document (Board minutes) recording the Board's approval of the declaration
 * @param commissionerDiscussion the document recording the discussion with the commissioner (CCG, later the ICB)
 */
public record DeclarationForm(LocalDateTime submitted, Signature ceo, Signature icbAccountableOfficer, Document boardApproval,
                              Document commissionerDiscussion, Location at) {

    /** The names of the section's parts, as evidence keys in reports. */
    public static final String SUBMITTED = "declaration.submitted";
    public static final String CEO = "declaration.ceo";
    public static final String ICB_ACCOUNTABLE_OFFICER = "declaration.icbAccountableOfficer";
    public static final String BOARD_APPROVAL = "declaration.boardApproval";
    public static final String COMMISSIONER_DISCUSSION = "declaration.commissionerDiscussion";
    /** Every part, as the rules' @evidence names them. */
    public static final java.util.List<String> PARTS = java.util.List.of(SUBMITTED, CEO, ICB_ACCOUNTABLE_OFFICER, BOARD_APPROVAL,
            COMMISSIONER_DISCUSSION);

    /** Who signed for whom, and on what day; name or day may be missing. */
    public record Signature(String role, String name, LocalDate signed, Location at) {

        public boolean complete() {
            return name != null && signed != null;
        }

        /** Signed on or before the form was sent (true when either is not known: other checks say so). */
        public boolean signedBy(LocalDateTime sent) {
            return signed == null || sent == null || !signed.isAfter(sent.toLocalDate());
        }
    }

    /** Sent after the deadline: a late declaration is not considered (C-DEC-1). */
    public boolean submittedAfter(LocalDateTime deadline) {
        return submitted != null && submitted.isAfter(deadline);
    }

    /**
     * The day the submission was signed off: the Board's approval when it is dated, else the day the
     * form was sent; null when neither is known. The discussion with the commissioner comes before it (C-DEC-3).
     */
    public LocalDate signOffDay() {
        if (boardApproval != null && boardApproval.date() != null) {
            return boardApproval.date();
        }
        return submitted == null ? null : submitted.toLocalDate();
    }

    /** The discussion with the commissioner is dated on or before the sign-off (true when either day is not known). */
    public boolean discussedBeforeSignOff() {
        LocalDate signOff = signOffDay();
        return commissionerDiscussion == null || commissionerDiscussion.date() == null || signOff == null
                || !commissionerDiscussion.date().isAfter(signOff);
    }

    /** The Board's approval is dated on or before the day the form was sent (true when either is not known). */
    public boolean approvedBeforeSent() {
        return datedBy(boardApproval, submitted);
    }

    /** A document dated on or before the day the form was sent (true when either is not known). */
    public static boolean datedBy(Document d, LocalDateTime sent) {
        return d == null || d.date() == null || sent == null || !d.date().isAfter(sent.toLocalDate());
    }
}
