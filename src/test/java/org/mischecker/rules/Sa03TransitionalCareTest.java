package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA3 (transitional care and ATAIN) standards at met, not met, exactly at threshold, just below, and missing evidence (cases/sa03.yaml). */
class Sa03TransitionalCareTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa03.yaml");
    }
}
