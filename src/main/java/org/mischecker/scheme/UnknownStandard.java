package org.mischecker.scheme;

/**
 * A standard a year's guidance has but the pack cannot state, because what it asks is not known
 * (GAP in the domain notes): declared as data in evidence.yaml, it is NOT ASSESSED in every report,
 * so an action holding one can never be called met (or failed) on a guess.
 *
 * @param intent the stable id of what the standard means across years (see rules/README.md)
 * @param source where the notes say it is unknown, and what is known of it
 */
public record UnknownStandard(String id, String action, String title, String intent, String source) {
}
