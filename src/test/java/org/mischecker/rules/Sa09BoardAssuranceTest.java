package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA9 standards at met, not met, cadence gaps and period boundaries, both Safety Support Programme branches, and missing evidence (cases/sa09.yaml). */
class Sa09BoardAssuranceTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa09.yaml");
    }
}
