package org.mischecker.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mischecker.rules.CaseRunner;

/**
 * Every shipped rule pack is tested by its own folder: each case of rules/yN/cases/ is a test named by
 * its file and line, and the pack itself must pass mis pack check's rules (metadata, intents,
 * thresholds used, a case for every standard at met / not met / no evidence). A new year's pack is
 * tested here with no Java change.
 */
class PackCasesTest {

    private static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicNode> everyPackPassesItsOwnChecksAndCases() throws IOException {
        RuleBooks books = CaseRunner.ruleBooks();
        try (Stream<Path> dirs = Files.list(RULES)) {
            return dirs.filter(d -> d.getFileName().toString().matches("y\\d+")).sorted().toList().stream().map(dir -> {
                int year = Integer.parseInt(dir.getFileName().toString().substring(1));
                Stream<DynamicNode> cases = PackCases.files(dir).stream().flatMap(f -> PackCases.read(f).stream())
                        .map(c -> DynamicTest.dynamicTest(c.name() + " [" + c.where() + "]",
                                java.net.URI.create(c.file().toUri() + "?line=" + c.line()), () -> {
                                    PackCases.Result r = PackCases.run(c, books);
                                    assertThat(r.failures()).as(c.where() + " " + c.name()).isEmpty();
                                }));
                DynamicTest lint = DynamicTest.dynamicTest("pack y" + year + " has no problems", () ->
                        assertThat(PackCheck.of(books, year, dir).problems()).as("mis pack check " + dir).isEmpty());
                return DynamicContainer.dynamicContainer("y" + year, Stream.concat(Stream.of(lint), cases));
            });
        }
    }
}
