package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.scheme.SchemePacks;

/**
 * The built KieBase holds the pack's rules (drools-notes: a misconfigured build yields an empty
 * KieBase with no error). What each pack must hold, standard by standard, is checked by the pack's
 * own case files and mis pack check's rules (PackLint), run for every pack by PackCasesTest.
 */
class CatalogueTest {

    private final RuleBook book = CaseRunner.ruleBook();

    @Test
    void theBuiltRulesHoldEveryActionOfTheYear() {
        assertThat(book.rules()).hasSizeGreaterThan(100);
        assertThat(book.catalogue()).extracting(ActionSpec::id)
                .containsExactly("SA1", "SA2", "SA3", "SA4", "SA5", "SA6", "SA7", "SA8", "SA9", "SA10");
        assertThat(book.catalogue()).allSatisfy(a -> assertThat(a.standards()).as(a.id()).isNotEmpty());
        assertThat(PackLint.problems(book, CaseRunner.ruleBooks().challengeBook(4))).isEmpty();
    }

    @Test
    void thePackOnTheClasspathIsTheSameAsTheSourceFolder() {
        SchemePacks fromJar = SchemePacks.fromClasspath();
        SchemePacks fromSource = SchemePacks.fromDirectory(Path.of("rules"));
        assertThat(fromJar.years().keySet()).isEqualTo(fromSource.years().keySet());
        for (Integer year : fromSource.years().keySet()) {
            assertThat(fromJar.year(year).ruleFiles().stream().map(f -> f.path()).collect(Collectors.toList()))
                    .isEqualTo(fromSource.year(year).ruleFiles().stream().map(f -> f.path()).collect(Collectors.toList()));
        }
    }

    @Test
    void aFigureWithAnEarliestSourceDateIsJudgedAgainstIt() {
        for (org.mischecker.scheme.ActionInfo action : book.scheme().actions()) {
            for (org.mischecker.scheme.EvidenceKey key : action.evidence().values()) {
                if (key.sourceFrom() == null) {
                    continue;
                }
                java.util.List<org.kie.api.definition.rule.Rule> judging = book.rules().stream()
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
}
