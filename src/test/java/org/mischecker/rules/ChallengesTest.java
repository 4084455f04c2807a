package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/** Each concern of the board's challenge questions, raised and not raised (src/test/resources/challenges/). */
class ChallengesTest {

    static final java.util.List<String> CONCERNS = java.util.List.of("narrow-margin", "no-source",
            "bunched", "inconsistent-quantities", "declaration", "action-plan");

    @TestFactory
    Stream<DynamicContainer> concerns() {
        return CONCERNS.stream().map(c -> DynamicContainer.dynamicContainer(c, ChallengeCaseRunner.cases(c + ".yaml")));
    }
}
