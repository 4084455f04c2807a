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
}
