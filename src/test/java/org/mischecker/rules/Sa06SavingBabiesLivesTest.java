package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA6 standards (Board consideration, quarterly reports, SBLCBv2 elements 1-5) at met, not met, exactly at threshold, just below, and missing evidence (cases/sa06.yaml). */
class Sa06SavingBabiesLivesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa06.yaml");
    }
}
