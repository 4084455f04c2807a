package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA2 (Maternity Services Data Set) standards at met, not met, exactly at threshold, just below, and missing evidence (cases/sa02.yaml). */
class Sa02MaternityServicesDataSetTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa02.yaml");
    }
}
