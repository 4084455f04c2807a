package org.mischecker.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mischecker.Golden;
import org.mischecker.report.TrustReport;

/**
 * Every registered renderer against a golden file of its own, rendered from the reports built in
 * code ({@link BoardReportFixture}), so a change in a rule's wording never touches these files and a
 * new renderer without a golden file fails. JSON is kept pretty-printed in its golden file so a diff
 * reads line by line; the product's layout (a line per trust) is asserted on its own.
 */
class RendererGoldensTest {

    /** Each golden file's extension, so a reviewer's tools show it as what it is. */
    private static final Map<String, String> EXTENSIONS = Map.of("text", "txt", "json", "json", "csv", "csv",
            "csv-long", "csv", "junit", "xml", "html", "html", "markdown", "md");

    static String render(Renderer renderer, List<TrustReport> reports) throws IOException {
        StringBuilder out = new StringBuilder();
        renderer.render(reports, BoardReportFixture.errors(), out);
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyRendererMatchesItsGoldenFile() {
        return new Renderers(false).names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Renderer renderer = new Renderers(false).get(name).orElseThrow();
            String output = render(renderer, BoardReportFixture.reports());
            if (name.equals("json")) {
                output = pretty(output);
            }
            Golden.assertMatches("renderers/" + name + "." + EXTENSIONS.getOrDefault(name, "golden"), output);
        }));
    }

    @Test
    void theTextReportOfOneTrustMatchesItsGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        new TextRenderer(false).render(List.of(BoardReportFixture.riverside()), List.of(), out);
        Golden.assertMatches("renderers/text-one-trust.txt", out.toString());
    }

    @Test
    void jsonIsOneLinePerTrustResultAndPerError() throws IOException {
        List<String> lines = render(new JsonRenderer(), BoardReportFixture.reports()).lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("{\"file\":")).hasSize(4);
        assertThat(lines.size()).isLessThan(20);
    }

    private static String pretty(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(mapper.readTree(json)) + "\n";
    }
}
