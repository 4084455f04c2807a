package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA7 standards at met, not met, on and just outside the period, and missing evidence (cases/sa07.yaml). */
class Sa07MaternityVoicesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa07.yaml");
    }
}
