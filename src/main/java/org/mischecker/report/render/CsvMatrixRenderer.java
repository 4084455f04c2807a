package org.mischecker.report.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;

/**
 * The trust-by-action matrix for a spreadsheet: one row per trust, one column per action
 * (MET / NOT_MET), plus the verdict, the declaration's own conditions (NOT_CHECKED without a declaration
 * section), whether NHS Resolution would pay (eligible: yes, no, or "not checked" for a trust meeting all
 * ten whose declaration was not checked), any disagreement with the board's declaration and, with
 * external data, any disagreement between the trust's figures and it. A file that
 * could not be evaluated gets a row with its first problem.
 */
public final class CsvMatrixRenderer implements Renderer {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public ReportWriter open(Appendable out, int inputCount) {
        return new ReportWriter() {
            private List<String> actions;

            @Override
            public void report(TrustReport r) throws IOException {
                if (actions == null) {
                    actions = r.actions().stream().map(ActionResult::id).toList();
                    header(out, actions);
                }
                List<String> row = new ArrayList<>(List.of(r.file(), r.trustName(), r.odsCode(),
                        String.valueOf(r.schemeYear()), String.valueOf(r.actionsMet()),
                        switch (r.outcome()) {
                            case MET -> "yes";
                            case NOT_ASSESSED -> "cannot be determined";
                            default -> "no";
                        }));
                r.actions().forEach(a -> row.add(a.outcome().name()));
                row.add(r.conditions() == null ? "NOT_CHECKED" : r.conditions().outcome().name());
                row.add(r.eligible() ? "yes" : r.conditions() == null && r.meetsScheme() ? "not checked" : "no");
                row.add(String.join("; ", r.disagreements().stream()
                        .map(a -> a.id() + " declared " + (a.declared() ? "MET" : "NOT_MET")).toList()));
                row.add(external(r));
                row.add("");
                out.append(Csv.row(row));
            }

            @Override
            public void error(FileError e) throws IOException {
                if (actions == null) {
                    actions = defaultActions();
                    header(out, actions);
                }
                List<String> row = new ArrayList<>(List.of(e.file(), "", "", "", "", ""));
                actions.forEach(a -> row.add(""));
                row.add("");
                row.add("");
                row.add("");
                row.add("");
                row.add(e.problems().isEmpty() ? "cannot be evaluated" : String.join(" | ", e.problems()));
                out.append(Csv.row(row));
            }

            @Override
            public void finish() throws IOException {
                if (actions == null) {
                    header(out, defaultActions());
                }
            }
        };
    }

    /**
     * Empty without --external; "not verified" when no extract has the trust; "none" when every figure
     * agrees; else each disagreement as "KEY reported N/D, SOURCE N/D".
     */
    private static String external(TrustReport r) {
        if (r.external() == null) {
            return "";
        }
        if (!r.external().verified()) {
            return "not verified";
        }
        List<String> each = r.externalDisagreements().stream().map(c -> c.key() + " reported "
                + (c.reportedNumerator() == null ? "nothing" : c.reportedNumerator() + "/" + c.reportedDenominator())
                + ", " + c.source() + " " + c.externalNumerator() + "/" + c.externalDenominator()).toList();
        return each.isEmpty() ? "none" : String.join("; ", each);
    }

    private static List<String> defaultActions() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add("SA" + i);
        }
        return ids;
    }

    private static void header(Appendable out, List<String> actions) throws IOException {
        List<String> header = new ArrayList<>(List.of("file", "trust", "odsCode", "schemeYear", "actionsMet", "meetsScheme"));
        header.addAll(actions);
        header.add("declarationConditions");
        header.add("eligible");
        header.add("declarationDisagreements");
        header.add("externalDisagreements");
        header.add("error");
        out.append(Csv.BYTE_ORDER_MARK).append(Csv.row(header));
    }
}
