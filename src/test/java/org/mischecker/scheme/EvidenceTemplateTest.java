package org.mischecker.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.report.Outcome;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;
import org.mischecker.rules.CaseRunner;

/** The file `mis init` writes loads as it is, names every key, and gives NO EVIDENCE everywhere until filled in. */
class EvidenceTemplateTest {

    private static final SchemeYear Y4 = CaseRunner.packs().year(4);
    private static final String TEMPLATE = EvidenceTemplate.of(Y4);

    @Test
    void theBlankFileLoadsAndEveryStandardHasNoEvidence() throws Exception {
        Evidence evidence = new EvidenceLoader(CaseRunner.packs()).parse("blank.yaml", TEMPLATE);
        TrustReport report = CaseRunner.checker().check(evidence);
        List<StandardResult> standards = report.actions().stream().flatMap(a -> a.standards().stream()).toList();
        assertThat(standards).hasSizeGreaterThan(30)
                .allSatisfy(s -> assertThat(s.outcome()).as(s.id()).isEqualTo(Outcome.NO_EVIDENCE));
        assertThat(report.actionsMet()).isZero();
    }

    /** Year 3's SA8 has no evidence keys (every standard unknown): its blank file still loads, and says why SA8 is empty. */
    @org.junit.jupiter.params.ParameterizedTest(name = "scheme year {0}")
    @org.junit.jupiter.params.provider.MethodSource("years")
    void everyShippedYearsBlankFileLoads(int year) throws Exception {
        String template = EvidenceTemplate.of(CaseRunner.packs().year(year));
        Evidence evidence = new EvidenceLoader(CaseRunner.packs()).parse("blank.yaml", template);
        TrustReport report = CaseRunner.checker().check(evidence);
        assertThat(report.actionsMet()).isZero();
        for (ActionInfo action : CaseRunner.packs().year(year).actions()) {
            if (action.evidence().isEmpty()) {
                assertThat(template).contains("# (no evidence keys: " + action.unknownStandards().get(0).id())
                        .doesNotContain("\n" + action.id() + ":\n");
            }
        }
    }

    static java.util.stream.Stream<Integer> years() {
        return CaseRunner.packs().years().keySet().stream();
    }

    @Test
    void everyKeyIsPresentAndBlankUnderItsAction() throws Exception {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(TEMPLATE);
        assertThat(tree.path("schemeYear").asInt()).isEqualTo(4);
        assertThat(tree.path("documents").isArray()).isTrue();
        for (ActionInfo action : Y4.actions()) {
            List<String> names = iterable(tree.path(action.id()));
            assertThat(names).as(action.id()).containsExactlyElementsOf(action.evidence().keySet());
            action.evidence().keySet().forEach(k -> assertThat(tree.path(action.id()).get(k).isNull()).as(k).isTrue());
        }
    }

    @Test
    void eachKeyIsPrecededByItsMeasureKindAndGroups() {
        assertThat(TEMPLATE).startsWith("# Evidence for the NHS Resolution Maternity Incentive Scheme year 4")
                .contains("""
                          # figure: PMRT review started within 2 months of the death (out of deaths eligible for review); source document dated on or after 5 Dec 2022
                          #   write: {numerator: N, denominator: N, source: document-id}
                          reviewStartedInTime:
                        """)
                .contains("# groupFigures: attended fetal monitoring and surveillance training (out of staff in the group);"
                        + " one figure for each of obstetricConsultants, obstetricDoctors, midwives; source document dated on or after 9 Aug 2021")
                .contains("#   - {id: board-2022-11, title: \"Trust Board: quarterly report\", date: 2022-11-24,")
                .contains("# documents: quarterly reports to the Trust Board on every death reviewed and the resulting action plans;"
                        + " documents dated on or after 6 Sep 2021; approved by the Trust Board (or a Board committee with delegated authority)")
                .contains("# boardCommittees:")
                .doesNotContain("\t");
    }

    @Test
    void theBlankFileMatchesTheSchema() throws Exception {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(TEMPLATE);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EvidenceSchema.of(Y4)).validate(tree))
                .isEmpty();
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Year 5's SA3 has no known standards and so no keys: the blank file names it in a comment and still loads. */
    @Test
    void anActionWithNoKeysIsACommentAndTheYear5BlankFileLoads() throws Exception {
        String year5 = EvidenceTemplate.of(CaseRunner.packs().year(5));
        assertThat(year5).contains("# SA3: Transitional care and ATAIN\n# (no evidence keys: SA3.a, SA3.b, SA3.c, SA3.d, SA3.e, SA3.f,"
                + " SA3.g, SA3.h are not known for this scheme year, so SA3 is NOT ASSESSED)\n").doesNotContain("\nSA3:");
        TrustReport report = CaseRunner.checker().check(new EvidenceLoader(CaseRunner.packs()).parse("blank.yaml", year5));
        assertThat(report.actions().get(2).outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(report.actions().get(0).standards()).allSatisfy(s -> assertThat(s.outcome()).isEqualTo(Outcome.NO_EVIDENCE));
    }
}
