package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * The built KieBase holds exactly the expected standards, each with its metadata (drools-notes: a
 * misconfigured build yields an empty KieBase with no error, and only a test like this sees it).
 */
class CatalogueTest {

    private static final Map<String, List<String>> EXPECTED_Y4 = Map.of(
            "SA1", List.of("SA1.a", "SA1.b", "SA1.c", "SA1.d", "SA1.e"),
            "SA2", List.of("SA2.a", "SA2.b"),
            "SA3", List.of("SA3.a", "SA3.b", "SA3.c", "SA3.d", "SA3.e", "SA3.f", "SA3.g", "SA3.h"),
            "SA4", List.of("SA4.a", "SA4.b", "SA4.c", "SA4.d", "SA4.e", "SA4.f"),
            "SA5", List.of("SA5.a", "SA5.b", "SA5.c", "SA5.d", "SA5.e"),
            "SA6", List.of("SA6.a", "SA6.b", "SA6.E1", "SA6.E2", "SA6.E3", "SA6.E4", "SA6.E5"),
            "SA7", List.of("SA7.a", "SA7.b", "SA7.c", "SA7.d", "SA7.e"),
            "SA8", List.of("SA8.a", "SA8.b", "SA8.c", "SA8.d"),
            "SA9", List.of("SA9.a", "SA9.b", "SA9.c", "SA9.d", "SA9.e"),
            "SA10", List.of("SA10.a", "SA10.b", "SA10.c"));

    private final RuleBook book = CaseRunner.ruleBook();

    @Test
    void yearFourHoldsExactlyTheExpectedActionsAndStandards() {
        assertThat(book.catalogue()).extracting(ActionSpec::id)
                .containsExactly("SA1", "SA2", "SA3", "SA4", "SA5", "SA6", "SA7", "SA8", "SA9", "SA10");
        for (ActionSpec action : book.catalogue()) {
            assertThat(action.standards()).extracting(StandardSpec::id).as(action.id())
                    .containsExactlyElementsOf(EXPECTED_Y4.get(action.id()));
        }
    }

    @Test
    void everyRuleCarriesItsMetadata() {
        assertThat(book.rules()).hasSizeGreaterThan(100);
        for (Rule rule : book.rules()) {
            for (String key : List.of("standard", "check", "title", "guidance", "confidence")) {
                assertThat(RuleMetadata.get(rule, key)).as(rule.getName() + " @" + key).isNotBlank();
            }
            String standard = RuleMetadata.get(rule, "standard");
            assertThat(rule.getName()).as("rule named by its standard").startsWith(standard + " ");
            assertThat(rule.getName()).as("rule named by polarity").matches(".* (met|not met|no evidence)$");
        }
    }

    @Test
    void everyStandardHasWordingEvidenceAndAPathToNoEvidence() {
        SchemeYear scheme = book.scheme();
        for (ActionSpec action : book.catalogue()) {
            for (StandardSpec s : action.standards()) {
                assertThat(s.wording()).as(s.id() + " wording").isNotBlank();
                assertThat(s.checks()).as(s.id() + " checks").isNotEmpty();
                for (StandardSpec.CheckSpec check : s.checks()) {
                    assertThat(check.evidence()).as(s.id() + " " + check.name() + " @evidence").isNotEmpty();
                    for (String key : check.evidence()) {
                        String[] parts = key.split("\\.", 2);
                        assertThat(scheme.action(parts[0]).map(a -> a.evidence().containsKey(parts[1])).orElse(false))
                                .as(s.id() + " reads " + key + ", which evidence.yaml must define").isTrue();
                    }
                    for (String key : check.parameters()) {
                        assertThat(scheme.parameters()).as(s.id() + " uses parameter " + key).containsKey(key);
                    }
                }
                List<String> ruleNames = book.rules().stream()
                        .filter(r -> s.id().equals(RuleMetadata.get(r, "standard"))).map(Rule::getName).toList();
                assertThat(ruleNames).as(s.id() + " must have a no-evidence rule: never met by default")
                        .anySatisfy(n -> assertThat(n).endsWith(" no evidence"));
                assertThat(ruleNames).as(s.id() + " must have a met rule").anySatisfy(n -> assertThat(n).endsWith(" met"));
            }
        }
    }

    @Test
    void everyThresholdIsUsedByARuleOrTheEvidenceCatalogue() throws IOException {
        Set<String> used = new TreeSet<>();
        book.catalogue().forEach(a -> a.standards().forEach(s -> s.checks().forEach(c -> used.addAll(c.parameters()))));
        ChallengeCaseRunner.challengeBook().rules().forEach(r -> used.addAll(ChallengeCatalogueTest.split(RuleMetadata.get(r, "parameters"))));
        String catalogue = Files.readString(Path.of("rules/y4/evidence.yaml"));
        List<String> unused = new ArrayList<>();
        for (String key : book.scheme().parameters().keySet()) {
            // The loader reads the deadline; the rule book reads the zero-case reading for every figure.
            // A body's delegation reading is listed by the findings that counted a committee's document.
            boolean loaderUses = key.equals("declaration.deadline") || key.equals(RuleBook.ZERO_CASES)
                    || book.scheme().bodies().values().stream().anyMatch(b -> key.equals(b.delegation()));
            if (!used.contains(key) && !catalogue.contains("{" + key + "}") && !loaderUses) {
                unused.add(key);
            }
        }
        assertThat(unused).as("thresholds no rule uses").isEmpty();
    }

    @Test
    void aFigureWithAnEarliestSourceDateIsJudgedAgainstIt() {
        for (org.mischecker.scheme.ActionInfo action : book.scheme().actions()) {
            for (org.mischecker.scheme.EvidenceKey key : action.evidence().values()) {
                if (key.sourceFrom() == null) {
                    continue;
                }
                List<org.kie.api.definition.rule.Rule> judging = book.rules().stream()
                        .filter(r -> RuleMetadata.list(r, "evidence").contains(key.factKey())).toList();
                assertThat(judging).as(key.factKey() + " is judged by a rule").isNotEmpty();
                assertThat(judging).as(key.factKey() + " declares its sourceFrom " + key.sourceFrom())
                        .allSatisfy(r -> assertThat(RuleMetadata.list(r, "parameters")).contains(key.sourceFrom()));
                assertThat(book.rules()).as(key.factKey() + " has a rule for a source dated too early")
                        .anySatisfy(r -> assertThat(r.getName()).startsWith(RuleMetadata.get(judging.get(0), "standard") + " ")
                                .endsWith(" source dated too early not met"));
            }
        }
    }

    @Test
    void everyStandardHasCaseFixtures() throws IOException {
        for (ActionSpec action : book.catalogue()) {
            Path cases = Path.of(String.format("src/test/resources/cases/sa%02d.yaml", Integer.parseInt(action.id().substring(2))));
            assertThat(cases).as(action.id() + " case file").exists();
            String text = Files.readString(cases);
            for (StandardSpec s : action.standards()) {
                for (String outcome : List.of("MET", "NOT_MET", "NO_EVIDENCE")) {
                    boolean isBareDocument = outcome.equals("NOT_MET") && book.rules().stream()
                            .filter(r -> s.id().equals(RuleMetadata.get(r, "standard")))
                            .noneMatch(r -> r.getName().endsWith(" not met"));
                    if (!isBareDocument) {
                        assertThat(text).as(s.id() + " needs a case expecting " + outcome)
                                .containsPattern("\\b" + java.util.regex.Pattern.quote(s.id()) + ": " + outcome + "\\b");
                    }
                }
            }
        }
    }

    @Test
    void thePackOnTheClasspathIsTheSameAsTheSourceFolder() {
        SchemePacks fromJar = SchemePacks.fromClasspath();
        SchemePacks fromSource = SchemePacks.fromDirectory(Path.of("rules"));
        assertThat(fromJar.years().keySet()).isEqualTo(fromSource.years().keySet());
        assertThat(fromJar.year(4).ruleFiles().stream().map(f -> f.path()).collect(Collectors.toList()))
                .isEqualTo(fromSource.year(4).ruleFiles().stream().map(f -> f.path()).collect(Collectors.toList()));
    }
}
