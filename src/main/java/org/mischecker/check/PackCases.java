package org.mischecker.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.ExternalData;
import org.mischecker.evidence.Problem;
import org.mischecker.report.ActionResult;
import org.mischecker.report.Finding;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;
import org.mischecker.scheme.SchemeException;

/**
 * A rule pack's own tests: the case files in its {@code cases/} folder (rules/y4/cases/sa01.yaml, ...),
 * each a base evidence file (named by {@code base:}, relative to the case file) and cases that change it
 * ({@code set}, {@code remove}, {@code addDocuments}) and say what the check must give: outcomes
 * ({@code expect}, action or standard id to MET, NOT_MET, NO_EVIDENCE or NOT_ASSESSED, or
 * {@code verdict} to its opening words), wording ({@code rationaleContains}, {@code toComplyContains}),
 * a refusal ({@code expectError}), or the board's questions ({@code expectQuestions},
 * {@code expectNoQuestions}, optionally on a board date {@code asOf}), checked against external data given
 * inline ({@code external}: a list of CSV extracts as {@code mis check --external} reads them;
 * {@code expectExternalDisagreements}: the figure keys that must disagree). A new scheme year is tested by
 * the same harness with no Java change: {@code mis pack check} runs them, and so does the build.
 */
public final class PackCases {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One case: where it is written, its name, and what it says. */
    public record Case(Path file, int line, String name, Path base, JsonNode spec) {

        /** "y4/cases/sa01.yaml:12", for messages and test names. */
        public String where() {
            Path pack = file.getParent() == null ? null : file.getParent().getParent();
            String shown = pack == null || pack.getParent() == null ? file.toString() : pack.getParent().relativize(file).toString();
            return shown + ":" + line;
        }
    }

    /** What running a case gave: nothing wrong, or every expectation it missed. */
    public record Result(Case c, List<String> failures) {
        public Result {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private PackCases() {
    }

    /** The case files of a pack folder (cases/*.yaml and cases/challenges/*.yaml), in name order; none when it has no cases. */
    public static List<Path> files(Path packDir) {
        Path dir = packDir.resolve("cases");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("base")).sorted().toList();
        } catch (IOException e) {
            throw new SchemeException("cannot list the cases of " + packDir + ": " + e.getMessage(), e);
        }
    }

    /** The cases of one case file, each with the line it starts at. */
    public static List<Case> read(Path caseFile) {
        List<Case> cases = new ArrayList<>();
        Path base = null;
        try (JsonParser parser = YAML.getFactory().createParser(Files.readString(caseFile, StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SchemeException(caseFile + ": expected a map with base and cases");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "base" -> base = caseFile.getParent().resolve(parser.getText()).normalize();
                    case "cases" -> {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            int line = parser.currentTokenLocation().getLineNr();
                            JsonNode spec = YAML.readTree(parser);
                            cases.add(new Case(caseFile, line, spec.path("name").asText(), base, spec));
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new SchemeException(caseFile + ": not a case file (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (cases.isEmpty()) {
            throw new SchemeException(caseFile + ": holds no cases");
        }
        for (Case c : cases) {
            if (c.base() == null) {
                throw new SchemeException(caseFile + ": names no base evidence file (base: path relative to the case file)");
            }
        }
        return cases;
    }

    /** Runs one case against the pack's rules; never throws for a case that fails, says why instead. */
    public static Result run(Case c, RuleBooks rules) {
        List<String> failures = new ArrayList<>();
        try {
            String text = evidenceText(c);
            LocalDate asOf = c.spec().has("asOf") ? LocalDate.parse(c.spec().path("asOf").asText()) : null;
            Checker checker = Checker.of(rules, EvidenceLoader.DEFAULT_MAX_BYTES, asOf).allowingDraftPacks();
            if (c.spec().has("external")) {
                checker = checker.withExternal(external(c, rules));
            }
            Evidence evidence;
            try {
                evidence = checker.loader().parse("case.yaml", text);
            } catch (EvidenceException e) {
                String expected = c.spec().path("expectError").asText(null);
                if (expected == null) {
                    failures.add("the evidence did not load: " + e.problems().stream().map(Problem::toString).toList());
                } else if (e.problems().stream().noneMatch(p -> p.message().contains(expected))) {
                    failures.add("expected a problem containing '" + expected + "'; got " + e.problems().stream().map(Problem::message).toList());
                }
                return new Result(c, failures);
            }
            if (c.spec().has("expectError")) {
                failures.add("expected a problem containing '" + c.spec().path("expectError").asText() + "', but the evidence loaded");
                return new Result(c, failures);
            }
            TrustReport report = checker.check(evidence);
            outcomes(c.spec(), report, failures);
            externalDisagreements(c.spec(), report, failures);
            questions(c.spec(), report, failures);
            if (!c.spec().has("expect") && !c.spec().has("expectQuestions") && !c.spec().has("expectNoQuestions")) {
                failures.add("the case expects nothing (expect, expectError, expectQuestions or expectNoQuestions)");
            }
        } catch (IOException | RuntimeException e) {
            failures.add("could not run: " + e);
        }
        return new Result(c, failures);
    }

    /** The case's inline extracts (a list of CSV texts, as mis check --external reads from files). */
    private static ExternalData external(Case c, RuleBooks rules) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        int n = 0;
        for (JsonNode e : c.spec().path("external")) {
            texts.put(c.file().getFileName() + ":" + c.line() + " external[" + n++ + "]", e.asText());
        }
        try {
            return ExternalData.parse(texts, rules.packs());
        } catch (EvidenceException e) {
            throw new IllegalArgumentException("the case's external data did not load: " + e.problems().stream().map(Problem::toString).toList());
        }
    }

    /** expectExternalDisagreements: exactly these figure keys disagree with the external data. */
    private static void externalDisagreements(JsonNode spec, TrustReport report, List<String> failures) {
        if (!spec.has("expectExternalDisagreements")) {
            return;
        }
        List<String> expected = new ArrayList<>();
        spec.path("expectExternalDisagreements").forEach(k -> expected.add(k.asText()));
        List<String> got = report.externalDisagreements().stream().map(x -> x.key()).toList();
        if (!new java.util.HashSet<>(got).equals(new java.util.HashSet<>(expected))) {
            failures.add("expectExternalDisagreements: expected " + expected + "; got " + report.externalDisagreements().stream()
                    .map(x -> x.text()).toList());
        }
    }

    private static void outcomes(JsonNode spec, TrustReport report, List<String> failures) {
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("expect").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String expected = e.getValue().asText();
            if (id.equals("verdict")) {
                if (!report.verdict().startsWith(expected)) {
                    failures.add("verdict: expected it to start '" + expected + "'; got '" + report.verdict() + "'");
                }
                continue;
            }
            if (!id.contains(".")) {
                ActionResult a = report.actionsAndConditions().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (a == null) {
                    failures.add("no action " + id + " in the report");
                } else if (!a.outcome().name().equals(expected)) {
                    failures.add(id + ": expected " + expected + ", got " + a.outcome().name() + "; " + a.standards().stream()
                            .map(s -> s.id() + "=" + s.outcome() + " " + rationales(s)).toList());
                }
                continue;
            }
            StandardResult s = standard(report, id);
            if (s == null) {
                failures.add("no standard " + id + " in the report");
            } else if (!s.outcome().name().equals(expected)) {
                failures.add(id + ": expected " + expected + ", got " + s.outcome().name() + "; findings: " + rationales(s));
            }
        }
        contains(spec, "rationaleContains", report, failures, Finding::rationale);
        contains(spec, "toComplyContains", report, failures, Finding::toComply);
    }

    private static void contains(JsonNode spec, String field, TrustReport report, List<String> failures,
                                 java.util.function.Function<Finding, String> part) {
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path(field).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            StandardResult s = standard(report, e.getKey());
            if (s == null) {
                failures.add(field + ": no standard " + e.getKey() + " in the report");
                continue;
            }
            List<String> texts = s.findings().stream().map(part).filter(Objects::nonNull).toList();
            if (texts.stream().noneMatch(t -> t.contains(e.getValue().asText()))) {
                failures.add(field + " " + e.getKey() + ": expected '" + e.getValue().asText() + "' in one of " + texts);
            }
        }
    }

    private static void questions(JsonNode spec, TrustReport report, List<String> failures) {
        List<Question> asked = report.questions();
        for (JsonNode e : spec.path("expectQuestions")) {
            boolean found = asked.stream().anyMatch(q -> q.concern().equals(e.path("concern").asText())
                    && q.subject().equals(e.path("subject").asText()) && q.text().contains(e.path("contains").asText()));
            if (!found) {
                failures.add("expected a question " + e + "; asked: " + asked.stream().map(q -> q.subject() + " [" + q.concern() + "] " + q.text()).toList());
            }
        }
        for (JsonNode e : spec.path("expectNoQuestions")) {
            List<Question> like = asked.stream().filter(q -> q.concern().equals(e.path("concern").asText())
                    && (!e.has("subject") || q.subject().equals(e.path("subject").asText()))).toList();
            if (!like.isEmpty()) {
                failures.add("expected no question like " + e + "; asked: " + like.stream().map(Question::text).toList());
            }
        }
    }

    /** The base evidence changed by the case's remove, set and addDocuments, as YAML. */
    public static String evidenceText(Case c) throws IOException {
        return evidenceText(c.base(), c.spec());
    }

    /** A base evidence file changed by a case's remove, set and addDocuments, as YAML (tests build cases in code too). */
    public static String evidenceText(Path base, JsonNode spec) throws IOException {
        ObjectNode evidence = (ObjectNode) YAML.readTree(Files.readString(base, StandardCharsets.UTF_8));
        for (JsonNode path : spec.path("remove")) {
            remove(evidence, path.asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("set").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            set(evidence, e.getKey(), e.getValue());
        }
        for (JsonNode d : spec.path("addDocuments")) {
            ((ArrayNode) evidence.get("documents")).add(d);
        }
        return YAML.writeValueAsString(evidence);
    }

    private static StandardResult standard(TrustReport report, String id) {
        return report.actionsAndConditions().stream().flatMap(a -> a.standards().stream()).filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private static List<String> rationales(StandardResult s) {
        return s.findings().stream().map(Finding::rationale).toList();
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], value);
    }

    private static void remove(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.path(parts[i]);
        }
        if (!(node instanceof ObjectNode o) || o.remove(parts[parts.length - 1]) == null) {
            throw new IllegalArgumentException("the case removes " + path + ", which the base evidence does not have");
        }
    }
}
