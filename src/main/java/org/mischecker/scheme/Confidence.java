package org.mischecker.scheme;

/** How far a value or a standard's wording can be trusted (the tags of the domain notes). */
public enum Confidence {
    S("sourced"),
    R_H("recalled, high confidence"),
    R_M("recalled, medium confidence; to verify against the official guidance"),
    R_L("recalled, low confidence; needs human review"),
    I("interpretation"),
    GAP("unknown");

    private final String meaning;

    Confidence(String meaning) {
        this.meaning = meaning;
    }

    public String tag() {
        return name().replace('_', '-');
    }

    public String meaning() {
        return meaning;
    }

    /** Only sourced or high-confidence recalled values let a verdict stand without a warning. */
    public boolean verified() {
        return this == S || this == R_H;
    }

    public static Confidence parse(String tag) {
        return valueOf(tag.trim().toUpperCase().replace('-', '_'));
    }
}
