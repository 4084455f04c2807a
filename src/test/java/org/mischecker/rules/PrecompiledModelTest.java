package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.generate.EvidenceGenerator;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.JsonRenderer;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * The executable model compiled at build time is what users run; DRL compiled at run time is
 * what rule authors run with --rules. Both must give the same results, and a stale model must
 * never be used for DRL that has changed.
 */
class PrecompiledModelTest {

    private static final SchemePacks PACKS = SchemePacks.fromDirectory(Path.of("rules"));

    @Test
    void theShippedRulesRunFromTheBuildTimeModel() {
        assertThat(RuleBook.build(SchemePacks.fromClasspath().year(4)).precompiled()).isTrue();
    }

    @Test
    void changedDrlIsCompiledFromSourceNotServedByAStaleModel() {
        SchemeYear year = PACKS.year(4);
        List<org.mischecker.scheme.RuleFile> files = new ArrayList<>(year.ruleFiles());
        org.mischecker.scheme.RuleFile first = files.get(0);
        files.set(0, new org.mischecker.scheme.RuleFile(first.path(), first.text() + "\n// edited\n"));
        SchemeYear edited = year.withRuleFiles(files);
        assertThat(PrecompiledModel.load(PrecompiledModel.rulesIndex(4), edited.ruleFiles())).isEmpty();
    }

    @Test
    void bothWaysOfBuildingTheRulesGiveTheSameReports() throws Exception {
        RuleBook precompiled = RuleBook.build(PACKS.year(4));
        RuleBook fromDrl = RuleBook.compile(PACKS.year(4));
        assertThat(precompiled.precompiled()).isTrue();
        assertThat(fromDrl.precompiled()).isFalse();
        assertThat(precompiled.catalogue()).isEqualTo(fromDrl.catalogue());

        EvidenceLoader loader = new EvidenceLoader(PACKS);
        List<Evidence> evidence = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("evidence-examples"))) {
            for (Path p : examples.sorted().toList()) {
                evidence.add(loader.load(p));
            }
        }
        EvidenceGenerator generator = new EvidenceGenerator(PACKS.year(4), precompiled.catalogue());
        com.fasterxml.jackson.databind.ObjectMapper yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        for (int i = 0; i < 40; i++) {
            evidence.add(loader.parse("generated-" + i + ".yaml", yaml.writeValueAsString(generator.trust(11, i))));
        }
        for (Evidence e : evidence) {
            assertThat(json(precompiled.check(e))).as(e.file()).isEqualTo(json(fromDrl.check(e)));
        }
    }

    private static String json(TrustReport report) throws Exception {
        StringBuilder out = new StringBuilder();
        new JsonRenderer().render(List.of(report), List.of(), out);
        return out.toString();
    }
}
