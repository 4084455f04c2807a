package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA4 (clinical workforce planning) standards at met, not met, exactly at threshold, just below, and missing evidence (cases/sa04.yaml). */
class Sa04ClinicalWorkforceTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa04.yaml");
    }
}
