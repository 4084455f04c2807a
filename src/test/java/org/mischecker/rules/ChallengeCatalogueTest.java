package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.mischecker.scheme.RuleFile;
import org.mischecker.scheme.SchemePacks;

/**
 * The challenge rules of year 4: one file per concern, every rule with its metadata, every concern
 * with case files that raise its question and that do not.
 */
class ChallengeCatalogueTest {

    private final ChallengeBook book = CaseRunner.challengeBook();

    private static String concernOf(RuleFile file) {
        String name = Path.of(file.path()).getFileName().toString();
        return name.substring(0, name.length() - ".drl".length());
    }

    /** Each concern of the board's challenge questions; their cases are rules/y4/cases/challenges/CONCERN.yaml. */
    static final List<String> CONCERNS = List.of("narrow-margin", "no-source",
            "bunched", "inconsistent-quantities", "declaration", "action-plan", "uncited-document");

    @Test
    void everyConcernIsAFileOfItsOwnWithTheExpectedNames() {
        List<String> concerns = book.scheme().challengeFiles().stream().map(ChallengeCatalogueTest::concernOf).sorted().toList();
        assertThat(concerns).containsExactlyInAnyOrderElementsOf(CONCERNS);
        assertThat(book.scheme().challengeFiles()).allSatisfy(f -> assertThat(f.path()).startsWith("rules/y4/challenges/"));
        assertThat(book.scheme().challengeFiles()).allSatisfy(f -> assertThat(f.text()).contains("package mis.y4.challenges;"));
    }

    @Test
    void everyChallengeRuleCarriesItsMetadataAndItsConcernIsItsFile() {
        assertThat(book.rules()).isNotEmpty();
        Set<String> concernsWithRules = new TreeSet<>();
        for (Rule rule : book.rules()) {
            for (String key : List.of("concern", "title", "guidance")) {
                assertThat(RuleMetadata.get(rule, key)).as(rule.getName() + " @" + key).isNotBlank();
            }
            String concern = RuleMetadata.get(rule, "concern");
            String file = book.scheme().challengeFiles().stream().filter(f -> f.text().contains("rule \"" + rule.getName() + "\""))
                    .map(ChallengeCatalogueTest::concernOf).findFirst().orElseThrow();
            assertThat(concern).as(rule.getName() + " @concern names its file").isEqualTo(file);
            assertThat(rule.getPackageName()).isEqualTo("mis.y4.challenges");
            concernsWithRules.add(concern);
            for (String p : split(RuleMetadata.get(rule, "parameters"))) {
                assertThat(book.scheme().parameters()).as(rule.getName() + " uses parameter " + p).containsKey(p);
            }
        }
        assertThat(concernsWithRules).containsExactlyInAnyOrderElementsOf(CONCERNS);
    }

    @Test
    void everyConcernHasACaseThatRaisesItsQuestionAndOneThatDoesNot() throws IOException {
        for (String concern : CONCERNS) {
            String text = Files.readString(Path.of("rules/y4/cases/challenges/" + concern + ".yaml"));
            assertThat(text).as(concern + " raised").contains("concern: " + concern + ",");
            assertThat(text).as(concern + " not raised").containsPattern("expectNoQuestions: \\[\\{(subject: [^,]+, )?concern: " + concern + "}");
        }
    }

    /** The questions stage inserts only the declared parameters, so an undeclared one would never match. */
    @Test
    void everyParameterAChallengeRuleMatchesIsDeclaredInItsParametersAnnotation() {
        java.util.regex.Pattern used = java.util.regex.Pattern.compile("Parameter\\(key == \"([^\"]+)\"");
        for (RuleFile file : book.scheme().challengeFiles()) {
            for (String ruleText : file.text().split("\nrule ")) {
                java.util.regex.Matcher name = java.util.regex.Pattern.compile("^\"([^\"]+)\"").matcher(ruleText);
                if (!name.find()) {
                    continue;
                }
                Rule rule = book.rules().stream().filter(r -> r.getName().equals(name.group(1))).findFirst().orElseThrow();
                Set<String> matched = new TreeSet<>();
                java.util.regex.Matcher m = used.matcher(ruleText);
                while (m.find()) {
                    matched.add(m.group(1));
                }
                assertThat(new TreeSet<>(split(RuleMetadata.get(rule, "parameters")))).as(rule.getName() + " @parameters")
                        .isEqualTo(matched);
            }
        }
    }

    @Test
    void theChallengesShipInTheJarLikeTheSourceFolder() {
        SchemePacks fromJar = SchemePacks.fromClasspath();
        assertThat(fromJar.year(4).challengeFiles().stream().map(RuleFile::path).collect(Collectors.toList()))
                .isEqualTo(CaseRunner.packs().year(4).challengeFiles().stream().map(RuleFile::path).collect(Collectors.toList()));
    }

    @Test
    void theStandardsRuleBookHoldsNoChallengeRules() {
        assertThat(CaseRunner.ruleBook().rules()).noneMatch(r -> r.getPackageName().contains("challenges"));
    }

    static List<String> split(String csv) {
        return csv == null ? List.of() : Stream.of(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
