package org.mischecker.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.rules.PackLint;
import org.mischecker.rules.PackStatus;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemeException;

/**
 * Checks one scheme year's rule pack as its authors need (mis pack check, and the build): what the
 * pack must hold ({@link PackLint}), that its cases test every standard, and the cases themselves.
 */
public final class PackCheck {

    /** The outcome for one pack: its status, what is wrong with it, and every case run. */
    public record Report(int year, PackStatus status, List<String> problems, List<PackCases.Result> cases) {
        public Report {
            problems = List.copyOf(problems);
            cases = List.copyOf(cases);
        }

        public List<PackCases.Result> failed() {
            return cases.stream().filter(r -> !r.passed()).toList();
        }

        public boolean passed() {
            return problems.isEmpty() && failed().isEmpty();
        }
    }

    private PackCheck() {
    }

    /**
     * @param rules the packs, read from the folder that holds {@code packDir}
     * @param packDir the year's folder (rules/y4), whose cases/ are run
     */
    public static Report of(RuleBooks rules, int year, Path packDir) {
        RuleBook book = rules.ruleBook(year);
        List<String> problems = new ArrayList<>(PackLint.problems(book, rules.challengeBook(year)));
        List<Path> caseFiles = PackCases.files(packDir);
        List<PackCases.Result> results = new ArrayList<>();
        if (caseFiles.isEmpty()) {
            problems.add(packDir.resolve("cases") + ": the pack has no cases; expected case files testing every standard"
                    + " (see rules/README.md, 'Tests come with the pack')");
        } else {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            List<JsonNode> trees = new ArrayList<>();
            for (Path f : caseFiles) {
                try {
                    trees.add(yaml.readTree(f.toFile()));
                } catch (IOException e) {
                    throw new SchemeException(f + ": not valid YAML: " + e.getMessage(), e);
                }
                for (PackCases.Case c : PackCases.read(f)) {
                    results.add(PackCases.run(c, rules));
                }
            }
            problems.addAll(PackLint.caseCoverage(book, trees));
        }
        return new Report(year, book.status(), problems, results);
    }
}
