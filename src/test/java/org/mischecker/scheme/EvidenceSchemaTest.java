package org.mischecker.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;

/** The schema `mis schema` prints stays in step with the loader: same keys, same shapes. */
class EvidenceSchemaTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));
    private static final SchemeYear Y4 = PACKS.year(4);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(EvidenceSchema.of(Y4));

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("evidence-examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        return SCHEMA.validate(YAML.readTree(Files.readString(file)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "SA1: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"met", "not met", "yes", "no", "true", "false", "'not met'"})
    void everyBoardDeclarationTheLoaderAcceptsValidates(String value, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "schemeYear: 4\ntrust: {name: X Trust, odsCode: RXX}\nboardDeclaration: {SA1: " + value + "}\n");
        new EvidenceLoader(PACKS).load(file);
        assertThat(validate(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleTheLoaderAcceptsValidates(Path example) throws Exception {
        int year = new EvidenceLoader(PACKS).load(example).schemeYear();
        // Each example against its own year's schema (the one `mis schema --year N` prints).
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EvidenceSchema.of(PACKS.year(year)));
        assertThat(schema.validate(YAML.readTree(Files.readString(example)))).isEmpty();
    }

    @Test
    void theSchemaIsDraft202012AndRequiresTheYear() {
        JsonNode schema = EvidenceSchema.of(Y4);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/properties/schemeYear/const").asInt()).isEqualTo(4);
        assertThat(schema.at("/properties/trust/properties/odsCode/pattern").asText()).isEqualTo("^[A-Z0-9]{3,5}$");
    }

    @Test
    void actionPropertiesAreExactlyTheCatalogueKeys() {
        JsonNode properties = EvidenceSchema.of(Y4).path("properties");
        for (ActionInfo action : Y4.actions()) {
            JsonNode a = properties.path(action.id());
            assertThat(a.path("additionalProperties").asBoolean(true)).as(action.id()).isFalse();
            List<String> names = new ArrayList<>();
            a.path("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).as(action.id()).containsExactlyElementsOf(action.evidence().keySet());
            action.evidence().values().forEach(k ->
                    assertThat(a.at("/properties/" + k.name() + "/description").asText()).as(k.factKey()).contains(k.measure()));
        }
        List<String> top = new ArrayList<>();
        properties.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactlyElementsOf(Stream.concat(Stream.of("schemeYear", "guidanceVersion", "trust", "boardDeclaration", "documents", "boardCommittees", "actionPlans"),
                Y4.actions().stream().map(ActionInfo::id)).toList());
    }

    /** Files the loader refuses for their shape are refused by the schema too, so editors flag them early. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key.yaml               | reviewStartedInTme
            key-from-other-action.yaml     | $.SA2
            string-for-number.yaml         | $.SA1.reviewStartedInTime.numerator
            list-where-map.yaml            | $.SA1.reviewStartedInTime
            negative-count.yaml            | minimum
            wte-1e400.yaml                 | maximum
            huge-requested-sum.yaml        | maximum
            huge-count.yaml                | maximum
            bad-answer.yaml                | $.SA9.nedSafetyChampion.answer
            zero-denominator.yaml          | $.SA5.coordinatorSupernumerary.denominator
            list-at-top.yaml               | array found, object expected
            missing-trust.yaml             | trust
            unknown-scheme-year.yaml       | $.schemeYear
            missing-scheme-year.yaml       | schemeYear
            board-committees.yaml          | delegatedBy
            """)
    void shapeErrorsTheLoaderRefusesAreRefusedByTheSchema(String file, String where) throws Exception {
        Path path = Path.of("src/test/resources/bad", file);
        assertThatThrownBy(() -> new EvidenceLoader(PACKS).load(path)).isInstanceOf(EvidenceException.class);
        assertThat(validate(path)).map(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains(where));
    }
}
