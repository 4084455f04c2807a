package org.mischecker.report;

/** A scheme parameter a finding relied on, with its confidence tag and source. */
public record ThresholdUse(String key, String value, String confidence, boolean verified, String source) {
}
