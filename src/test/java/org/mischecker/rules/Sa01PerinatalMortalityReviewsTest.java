package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA1 standards at met, not met, exactly at threshold, just below, and missing evidence (cases/sa01.yaml). */
class Sa01PerinatalMortalityReviewsTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa01.yaml");
    }
}
