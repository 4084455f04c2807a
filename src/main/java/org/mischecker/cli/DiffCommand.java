package org.mischecker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.Problem;
import org.mischecker.report.TrustReport;
import org.mischecker.report.diff.ReportDiff;
import org.mischecker.report.diff.ResultSnapshot;
import org.mischecker.report.render.DiffRenderer;
import org.mischecker.report.render.JsonRenderer;
import org.mischecker.rules.RuleBuildException;
import org.mischecker.scheme.SchemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mis diff OLD NEW}: progress between two quarters. Each side is an evidence file (checked
 * now) or a single-trust results document written by {@code mis check --format json}; both are read
 * as the JSON result, so a saved result and a fresh check compare alike.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two results for a trust: which standards became met, which regressed, and which figures moved.",
                "OLD and NEW are evidence files (*.yaml, checked now) or results of 'mis check --format json' (*.json, one trust)."})
final class DiffCommand implements Callable<Integer>, UsesRules {

    private RulesPreload preload = RulesPreload.none();

    @Override
    public void preload(RulesPreload preload) {
        this.preload = preload;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier evidence file or JSON result.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later evidence file or JSON result.")
    Path after;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--rules", paramLabel = "DIR", description = "Load the rule packs from DIR instead of those built into the jar.")
    Path rulesDir;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + EvidenceLoader.DEFAULT_MAX_BYTES,
            description = "Refuse evidence files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    /** An input that cannot be compared: one line, exit code 2. */
    private static final class Unusable extends Exception {
        private final List<String> lines;

        Unusable(List<String> lines) {
            super(String.join("; ", lines));
            this.lines = lines;
        }
    }

    private Engine engine;

    /** diff reports changes, not a verdict: it succeeds whenever both sides could be compared. */
    static java.util.Map<String, String> exitCodes() {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put(String.valueOf(ExitCode.ALL_MET.code()), "compared, whatever the two results are (read the report for regressions)");
        lines.put(String.valueOf(ExitCode.INVALID_INPUT.code()), ExitCode.INVALID_INPUT.meaning());
        lines.put(String.valueOf(ExitCode.INTERNAL_ERROR.code()), ExitCode.INTERNAL_ERROR.meaning());
        return lines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("mis diff: unknown format '" + format + "'; expected text or json");
            return ExitCode.INVALID_INPUT.code();
        }
        try {
            ReportDiff diff = ReportDiff.between(snapshot(before), snapshot(after));
            out.print(format.equals("json") ? DiffRenderer.json(diff) : DiffRenderer.text(diff));
            out.flush();
            return 0;
        } catch (Unusable e) {
            e.lines.forEach(err::println);
            return ExitCode.INVALID_INPUT.code();
        } catch (RuleBuildException e) {
            err.println("mis: the rules do not build:");
            e.messages().forEach(m -> err.println("  " + m));
            return ExitCode.INTERNAL_ERROR.code();
        } catch (SchemeException e) {
            err.println("mis: the rule packs cannot be read: " + e.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        }
    }

    private ResultSnapshot snapshot(Path file) throws Unusable {
        if (!Files.isRegularFile(file)) {
            throw new Unusable(List.of(file + (Files.isDirectory(file) ? ": is a folder" : ": file not found")
                    + "; expected an evidence file (*.yaml) or a JSON result (*.json) of one trust"));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? fromJson(file) : fromEvidence(file);
    }

    private ResultSnapshot fromEvidence(Path file) throws Unusable {
        if (engine == null) {
            engine = Engine.create(rulesDir, maxFileBytes, null, preload);
        }
        TrustReport report;
        try {
            report = engine.check(file);
        } catch (EvidenceException e) {
            throw new Unusable(e.problems().stream().map(Problem::toString).toList());
        }
        StringBuilder json = new StringBuilder();
        try {
            new JsonRenderer().render(List.of(report), List.of(), json);
            return ResultSnapshot.fromJson(new ObjectMapper().readTree(json.toString()).path("results").get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResultSnapshot fromJson(Path file) throws Unusable {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new Unusable(List.of(file + ": not valid JSON (line " + e.getLocation().getLineNr()
                    + "); expected the output of 'mis check --format json'"));
        } catch (IOException e) {
            throw new Unusable(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        if (root == null || root.path("formatVersion").asInt(-1) != JsonRenderer.FORMAT_VERSION || !root.path("results").isArray()) {
            throw new Unusable(List.of(file + ": not a results document; expected the output of 'mis check --format json' "
                    + "(formatVersion " + JsonRenderer.FORMAT_VERSION + ")"));
        }
        int results = root.path("results").size();
        if (results != 1) {
            throw new Unusable(List.of(file + ": holds " + results + " results; expected the result of one trust "
                    + "(run 'mis check --format json' on a single file)"));
        }
        JsonNode result = root.path("results").get(0);
        String incomplete = incomplete(result);
        if (incomplete != null) {
            throw new Unusable(List.of(file + ": results[0] is not a complete result (" + incomplete
                    + "); expected the output of 'mis check --format json', unedited"));
        }
        return ResultSnapshot.fromJson(result);
    }

    /** What a result lacks for a fair comparison, or null: a hand-edited file must not compare as real. */
    private static String incomplete(JsonNode result) {
        if (!result.path("file").isTextual() || !result.path("trust").path("name").isTextual()) {
            return "no file or trust name";
        }
        JsonNode verdict = result.path("verdict");
        JsonNode actions = result.path("actions");
        if (!verdict.path("actionsMet").isInt() || !verdict.path("actionsTotal").isInt() || !actions.isArray() || actions.isEmpty()) {
            return "no verdict or no actions";
        }
        int met = 0;
        for (JsonNode a : actions) {
            if (!a.path("id").isTextual() || !a.path("outcome").isTextual() || !a.path("standards").isArray()) {
                return "an action without id, outcome or standards";
            }
            for (JsonNode st : a.path("standards")) {
                if (!st.path("id").isTextual() || !st.path("outcome").isTextual()) {
                    return "a standard of " + a.path("id").asText() + " without id or outcome";
                }
            }
            met += a.path("outcome").asText().equals("MET") ? 1 : 0;
        }
        if (verdict.path("actionsTotal").asInt() != actions.size() || verdict.path("actionsMet").asInt() != met) {
            return "its verdict says " + verdict.path("actionsMet").asInt() + "/" + verdict.path("actionsTotal").asInt()
                    + " but its actions show " + met + "/" + actions.size();
        }
        return null;
    }
}
