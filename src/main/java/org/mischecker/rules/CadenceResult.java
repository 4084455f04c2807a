package org.mischecker.rules;

import java.util.List;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.scheme.Parameter;

/** The outcome of a cadence evaluation; {@code complete} when every interval holds a document. */
public record CadenceResult(List<DocumentRef> documents, List<DocumentRef> inPeriod, List<Cadence.Window> windows,
                            List<Cadence.Window> missing, Parameter from, Parameter to, Parameter everyMonths) {

    public CadenceResult {
        documents = List.copyOf(documents);
        inPeriod = List.copyOf(inPeriod);
        windows = List.copyOf(windows);
        missing = List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
