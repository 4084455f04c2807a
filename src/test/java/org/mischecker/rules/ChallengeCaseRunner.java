package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.mischecker.check.Checker;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.Evidence;
import org.mischecker.report.Question;
import org.mischecker.report.TrustReport;

/**
 * Turns a challenge case file (src/test/resources/challenges/&lt;concern&gt;.yaml) into dynamic tests.
 * Each case changes the base evidence as rule cases do ({@code set}, {@code remove},
 * {@code addDocuments}; see {@link CaseRunner}), optionally views it on a board date ({@code asOf}),
 * runs both rule stages, and checks {@code expectQuestions} (each {subject, concern, contains}: a
 * question about that subject from that concern whose text contains the words) and
 * {@code expectNoQuestions} (each {concern} or {subject, concern}: no such question).
 */
public final class ChallengeCaseRunner {

    private ChallengeCaseRunner() {
    }

    public static ChallengeBook challengeBook() {
        return CaseRunner.ruleBooks().challengeBook(4);
    }

    public static Stream<DynamicTest> cases(String caseFile) {
        return CaseRunner.dynamicTests("/challenges/" + caseFile, ChallengeCaseRunner::run);
    }

    /** Both stages over the case's evidence. */
    public static TrustReport report(JsonNode c) throws IOException {
        LocalDate asOf = c.has("asOf") ? LocalDate.parse(c.path("asOf").asText()) : null;
        return Checker.of(CaseRunner.ruleBooks(), EvidenceLoader.DEFAULT_MAX_BYTES, asOf).check(CaseRunner.evidence(c));
    }

    static void run(JsonNode c) throws IOException {
        assertThat(c.has("expectQuestions") || c.has("expectNoQuestions")).as("a case must expect something").isTrue();
        List<Question> questions = report(c).questions();
        for (JsonNode e : c.path("expectQuestions")) {
            assertThat(questions).as("questions raised; expected " + e).anySatisfy(q -> {
                assertThat(q.concern()).isEqualTo(e.path("concern").asText());
                assertThat(q.subject()).isEqualTo(e.path("subject").asText());
                assertThat(q.text()).contains(e.path("contains").asText());
            });
        }
        for (JsonNode e : c.path("expectNoQuestions")) {
            assertThat(questions).as("questions raised; expected none like " + e).noneMatch(q ->
                    q.concern().equals(e.path("concern").asText())
                            && (!e.has("subject") || q.subject().equals(e.path("subject").asText())));
        }
    }
}
