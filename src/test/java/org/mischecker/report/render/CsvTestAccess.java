package org.mischecker.report.render;

/** Lets tests in other packages reach the package-private CSV quoting. */
public final class CsvTestAccess {

    private CsvTestAccess() {
    }

    public static String field(String value) {
        return Csv.field(value);
    }
}
