package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.check.Checker;
import org.mischecker.check.RuleBooks;
import org.mischecker.report.ActionResult;
import org.mischecker.report.Finding;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;
import org.mischecker.scheme.SchemePacks;

/**
 * Turns a case file (src/test/resources/cases/saNN.yaml) into dynamic tests. Each case starts from
 * the evidence of a trust that meets all ten actions (evidence-examples/northshire-meets-all-ten.yaml),
 * changes it with {@code set} / {@code remove} / {@code addDocuments}, runs the real rules and checks
 * {@code expect} (standard or action id to outcome), {@code rationaleContains} and {@code toComplyContains}
 * (standard id to text in one of its findings), or {@code expectError} (text of a loader problem).
 */
public final class CaseRunner {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path BASE = Path.of("evidence-examples/northshire-meets-all-ten.yaml");
    private static RuleBooks books;

    private CaseRunner() {
    }

    /** The rule packs of rules/, each year's rules built once for every test in the run. */
    public static synchronized RuleBooks ruleBooks() {
        if (books == null) {
            books = RuleBooks.fromDirectory(Path.of("rules"));
        }
        return books;
    }

    /** The checker as every front end uses it, over the packs of rules/. */
    public static Checker checker() {
        return Checker.of(ruleBooks());
    }

    public static RuleBook ruleBook() {
        return ruleBooks().ruleBook(4);
    }

    public static SchemePacks packs() {
        return ruleBooks().packs();
    }

    public static Stream<DynamicTest> cases(String caseFile) {
        return dynamicTests("/cases/" + caseFile, CaseRunner::run);
    }

    /** One case of a case file. */
    public interface CaseBody {
        void run(JsonNode c) throws Exception;
    }

    /**
     * The cases of a case file on the test classpath, each a dynamic test named by its description
     * and the file and line it starts at ("... [sa01.yaml:43]"), with that line as its test source, so
     * a failure points at the case to read.
     */
    public static Stream<DynamicTest> dynamicTests(String resource, CaseBody body) {
        java.net.URL url = CaseRunner.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no case file " + resource);
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = url.openStream();
             com.fasterxml.jackson.core.JsonParser parser = YAML.getFactory().createParser(in)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && parser.currentName().equals("cases")
                        && parser.getParsingContext().getParent().inRoot()) {
                    parser.nextToken();
                    while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        int line = parser.currentTokenLocation().getLineNr();
                        JsonNode c = YAML.readTree(parser);
                        java.net.URI source = java.net.URI.create(url + "?line=" + line);
                        tests.add(DynamicTest.dynamicTest(c.path("name").asText() + " [" + name + ":" + line + "]", source,
                                () -> body.run(c)));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (tests.isEmpty()) {
            throw new IllegalStateException(resource + " holds no cases");
        }
        return tests.stream();
    }

    /** Runs one case given as a tree; public so other tests can build cases in code. */
    public static void run(JsonNode c) throws IOException {
        String text = evidenceText(c);
        Evidence parsed;
        try {
            parsed = checker().loader().parse("case.yaml", text);
        } catch (EvidenceException e) {
            if (c.has("expectError")) {
                assertThat(e.problems()).as("problems").anySatisfy(p ->
                        assertThat(p.message()).contains(c.path("expectError").asText()));
                return;
            }
            fail("evidence did not load: " + e.problems());
            return;
        }
        if (c.has("expectError")) {
            fail("expected a loader problem containing '" + c.path("expectError").asText() + "' but the evidence loaded");
        }
        TrustReport report = checker().check(parsed);
        assertThat(c.path("expect").size()).as("a case must expect something").isPositive();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("expect").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String expected = e.getValue().asText();
            if (id.equals("verdict")) {
                assertThat(report.verdict()).as("verdict").startsWith(expected);
                continue;
            }
            if (!id.contains(".")) {
                assertThat(action(report, id).outcome().name()).as(id + " outcome; " + describe(action(report, id))).isEqualTo(expected);
            } else {
                StandardResult s = standard(report, id);
                assertThat(s.outcome().name()).as(id + " outcome; findings: " + rationales(s)).isEqualTo(expected);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("rationaleContains").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            StandardResult s = standard(report, e.getKey());
            assertThat(rationales(s)).as(e.getKey() + " rationale").anySatisfy(r -> assertThat(r).contains(e.getValue().asText()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("toComplyContains").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            StandardResult s = standard(report, e.getKey());
            assertThat(s.findings().stream().map(Finding::toComply).filter(java.util.Objects::nonNull).toList())
                    .as(e.getKey() + " toComply").anySatisfy(r -> assertThat(r).contains(e.getValue().asText()));
        }
    }

    /** The base evidence changed by the case's {@code remove}, {@code set} and {@code addDocuments}, as YAML. */
    public static String evidenceText(JsonNode c) throws IOException {
        ObjectNode evidence = (ObjectNode) YAML.readTree(Files.readString(BASE));
        for (JsonNode path : c.path("remove")) {
            remove(evidence, path.asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("set").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            set(evidence, e.getKey(), e.getValue());
        }
        for (JsonNode d : c.path("addDocuments")) {
            ((ArrayNode) evidence.get("documents")).add(d);
        }
        return YAML.writeValueAsString(evidence);
    }

    /** The case's evidence, loaded; fails the test when it does not load. */
    public static Evidence evidence(JsonNode c) throws IOException {
        try {
            return checker().loader().parse("case.yaml", evidenceText(c));
        } catch (EvidenceException e) {
            throw new AssertionError("evidence did not load: " + e.problems());
        }
    }

    static ActionResult action(TrustReport report, String id) {
        return report.actions().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + id + " in the report"));
    }

    static StandardResult standard(TrustReport report, String id) {
        return report.actions().stream().flatMap(a -> a.standards().stream()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no standard " + id + " in the report"));
    }

    private static List<String> rationales(StandardResult s) {
        return s.findings().stream().map(Finding::rationale).toList();
    }

    private static String describe(ActionResult a) {
        return a.standards().stream().map(s -> s.id() + "=" + s.outcome() + " " + rationales(s)).toList().toString();
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
            throw new IllegalArgumentException("case removes " + path + ", which the base evidence does not have");
        }
    }
}
