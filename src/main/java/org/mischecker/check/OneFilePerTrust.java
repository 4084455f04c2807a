package org.mischecker.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/**
 * A run counts each trust once per scheme year. Two files for one ODS code and year (a copy, or last
 * quarter's file left in the folder) would count the trust twice and hide which is meant; the
 * second in path order is refused, naming the first, so it is listed with the files that could not
 * be evaluated and the run ends with exit code 2. Results must be offered in path order.
 */
public final class OneFilePerTrust {

    private final Map<String, String> firstFile = new HashMap<>();

    public FileResult admit(FileResult result) {
        if (!result.evaluated()) {
            return result;
        }
        TrustReport r = result.report();
        String first = firstFile.putIfAbsent(r.odsCode() + "\u0000" + r.schemeYear(), r.file());
        if (first == null) {
            return result;
        }
        return FileResult.of(new FileError(r.file(), List.of(r.file() + ": trust " + r.odsCode() + " (" + r.trustName()
                + "), scheme year " + r.schemeYear() + ", is already checked from " + first
                + "; expected one evidence file per trust and scheme year (remove the copy, or check it on its own)")));
    }
}
