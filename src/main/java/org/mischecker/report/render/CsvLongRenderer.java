package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.ExternalVerification;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * The long form for a spreadsheet or a database: one row per trust, standard and check, with the
 * outcome, the figure and the threshold it was compared with; with external data, one row per figure
 * that disagrees with it (check external-verification, outcome DISAGREES, the external numbers).
 */
public final class CsvLongRenderer implements Renderer {

    private static final List<String> HEADER = List.of("file", "trust", "odsCode", "action", "actionOutcome",
            "standard", "standardOutcome", "check", "detail", "outcome", "numerator", "denominator", "percent",
            "required", "unverifiedThresholds", "rationale");

    @Override
    public String name() {
        return "csv-long";
    }

    @Override
    public ReportWriter open(Appendable out, int inputCount) {
        return new ReportWriter() {
            private boolean headerWritten;

            @Override
            public void report(TrustReport r) throws IOException {
                header();
                for (ActionResult a : r.actionsAndConditions()) {
                    for (StandardResult s : a.standards()) {
                        for (Finding f : s.findings()) {
                            out.append(Csv.row(List.of(r.file(), r.trustName(), r.odsCode(), a.id(), a.outcome().name(),
                                    s.id(), s.outcome().name(), f.check(), f.detail() == null ? "" : f.detail(),
                                    f.outcome().name(),
                                    f.figure() == null ? "" : String.valueOf(f.figure().numerator()),
                                    f.figure() == null ? "" : String.valueOf(f.figure().denominator()),
                                    f.figure() == null || f.figure().percent() == null ? "" : f.figure().percent(),
                                    f.figure() == null ? "" : f.figure().required(),
                                    String.join("; ", f.thresholds().stream().filter(t -> !t.verified())
                                            .map(ThresholdUse::key).toList()),
                                    f.rationale())));
                        }
                    }
                }
                for (ExternalVerification.Comparison c : r.externalDisagreements()) {
                    String action = c.key().substring(0, c.key().indexOf('.'));
                    out.append(Csv.row(List.of(r.file(), r.trustName(), r.odsCode(), action,
                            r.actions().stream().filter(a -> a.id().equals(action)).map(a -> a.outcome().name()).findFirst().orElse(""),
                            "", "", "external-verification", c.key(), "DISAGREES", String.valueOf(c.externalNumerator()),
                            String.valueOf(c.externalDenominator()), "", "",
                            r.external().reading() == null || r.external().reading().verified() ? "" : r.external().reading().key(),
                            c.text())));
                }
            }

            @Override
            public void error(FileError e) throws IOException {
                header();
                out.append(Csv.row(List.of(e.file(), "", "", "", "", "", "", "", "", "ERROR", "", "", "", "", "",
                        String.join(" | ", e.problems()))));
            }

            @Override
            public void finish() throws IOException {
                header();
            }

            private void header() throws IOException {
                if (!headerWritten) {
                    out.append(Csv.BYTE_ORDER_MARK).append(Csv.row(HEADER));
                    headerWritten = true;
                }
            }
        };
    }
}
