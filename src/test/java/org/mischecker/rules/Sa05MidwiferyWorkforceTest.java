package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA5 standards at met, not met, exactly at threshold, just below, and missing evidence (cases/sa05.yaml). */
class Sa05MidwiferyWorkforceTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa05.yaml");
    }
}
