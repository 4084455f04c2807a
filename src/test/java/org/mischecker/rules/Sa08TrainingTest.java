package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA8 standards at met, not met, exactly at 90% and just below for each staff group, and missing evidence or groups (cases/sa08.yaml). */
class Sa08TrainingTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa08.yaml");
    }
}
