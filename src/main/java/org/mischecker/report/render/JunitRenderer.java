package org.mischecker.report.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;

/**
 * JUnit XML for CI systems: a suite per trust, a test case per standard; a standard not met is a
 * failure carrying its rationale, and a file that cannot be evaluated is a suite with one error.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public ReportWriter open(Appendable out, int inputCount) {
        return new ReportWriter() {
            private boolean started;

            @Override
            public void report(TrustReport r) throws IOException {
                start();
                // One suite is built in memory and written at once: the output is a file writer
                // behind an interface, and hundreds of small appends to it cost more than the text.
                StringBuilder b = new StringBuilder(4096);
                int tests = 0;
                int failures = 0;
                int skipped = 0;
                for (ActionResult a : r.actionsAndConditions()) {
                    for (StandardResult s : a.standards()) {
                        tests++;
                        if (s.outcome() == Outcome.NOT_ASSESSED) {
                            skipped++;
                        } else if (!s.outcome().isMet()) {
                            failures++;
                        }
                    }
                }
                b.append("  <testsuite name=\"").append(xml(r.trustName() + " (" + r.odsCode() + ")"))
                        .append("\" tests=\"").append(tests)
                        .append("\" failures=\"").append(failures)
                        .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
                b.append("    <properties>\n");
                property(b, "file", r.file());
                property(b, "schemeYear", String.valueOf(r.schemeYear()));
                property(b, "verdict", r.verdict());
                if (r.external() != null) {
                    property(b, "externallyVerified", r.external().verified() ? "yes" : "no");
                    r.externalDisagreements().forEach(c -> property(b, "externalDisagreement", c.text()));
                }
                b.append("    </properties>\n");
                for (ActionResult a : r.actionsAndConditions()) {
                    for (StandardResult s : a.standards()) {
                        b.append("    <testcase classname=\"").append(xml(r.odsCode() + "." + a.id()))
                                .append("\" name=\"").append(xml(s.id() + " " + s.title())).append('"');
                        if (s.outcome().isMet()) {
                            b.append("/>\n");
                            continue;
                        }
                        List<String> reasons = new ArrayList<>();
                        for (Finding f : s.findings()) {
                            if (!f.outcome().isMet()) {
                                reasons.add(f.rationale());
                            }
                        }
                        if (s.outcome() == Outcome.NOT_ASSESSED) {
                            // Could not be judged (a threshold or standard the pack does not know): skipped, not failed.
                            b.append(">\n      <skipped message=\"").append(xml(reasons.isEmpty() ? s.outcome().label() : reasons.get(0)))
                                    .append("\"/>\n    </testcase>\n");
                            continue;
                        }
                        b.append(">\n      <failure type=\"").append(s.outcome().name()).append("\" message=\"")
                                .append(xml(reasons.isEmpty() ? s.outcome().label() : reasons.get(0))).append("\">")
                                .append(xml(String.join("\n", reasons))).append("</failure>\n    </testcase>\n");
                    }
                }
                b.append("  </testsuite>\n");
                out.append(b);
            }

            @Override
            public void error(FileError e) throws IOException {
                start();
                out.append("  <testsuite name=\"").append(xml(e.file()))
                        .append("\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
                        .append("    <testcase classname=\"evidence\" name=\"").append(xml(e.file())).append("\">\n")
                        .append("      <error type=\"INVALID_EVIDENCE\" message=\"")
                        .append(xml(e.problems().isEmpty() ? "cannot be evaluated" : e.problems().get(0))).append("\">")
                        .append(xml(String.join("\n", e.problems()))).append("</error>\n    </testcase>\n  </testsuite>\n");
            }

            @Override
            public void finish() throws IOException {
                start();
                out.append("</testsuites>\n");
            }

            private void start() throws IOException {
                if (!started) {
                    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"mis-checker\">\n");
                    started = true;
                }
            }

            private void property(StringBuilder b, String name, String value) {
                b.append("      <property name=\"").append(name).append("\" value=\"").append(xml(value)).append("\"/>\n");
            }
        };
    }

    /**
     * Escapes text and attribute values; drops characters XML 1.0 cannot hold (control characters,
     * unpaired surrogates). Most values need nothing, and are returned as they are.
     */
    static String xml(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && needsNothing(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean needsNothing(char c) {
        return c >= 0x20 && c < 0xD800 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'';
    }
}
