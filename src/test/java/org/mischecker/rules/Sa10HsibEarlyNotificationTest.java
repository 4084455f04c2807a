package org.mischecker.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** SA10 standards at met, not met, exactly at 100% and just below, no cases, and missing evidence (cases/sa10.yaml). */
class Sa10HsibEarlyNotificationTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseRunner.cases("sa10.yaml");
    }
}
