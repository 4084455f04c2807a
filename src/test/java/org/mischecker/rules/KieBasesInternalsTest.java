package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mischecker.evidence.ActionPlan;
import org.mischecker.evidence.DocumentRef;

/**
 * KieBases.matchedBy is the project's one use of Drools internals (the Rete's object-type nodes,
 * through InternalRuleBase): it is pinned to the Drools version it was written and checked against.
 * When Drools is upgraded this test fails first; re-check matchedBy against the new version (that it
 * still lists every class a pattern names) and then move the version here.
 */
class KieBasesInternalsTest {

    private static final String CHECKED_AGAINST = "10.2.0";

    @Test
    void droolsIsTheVersionMatchedByWasCheckedAgainst() throws Exception {
        Properties pom = new Properties();
        try (InputStream in = org.drools.core.impl.InternalRuleBase.class
                .getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
            assertThat(in).as("drools-core's pom.properties").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).as("Drools version; re-check KieBases.matchedBy before moving it").isEqualTo(CHECKED_AGAINST);
    }

    @Test
    void matchedByKnowsTheClassesTheRulesNameAndNoOthers() {
        java.util.function.Predicate<Object> standards = KieBases.matchedBy(CaseRunner.ruleBook().kieBase());
        assertThat(standards.test(CaseRunner.packs().year(4).parameter("sa1.period.start").orElseThrow())).isTrue();
        assertThat(standards.test(new DocumentRef("SA1.boardReports", "SA1", null, "m", null))).isTrue();
        assertThat(standards.test(new ActionPlan("SA1", null, null, null, null, null))).as("no standards rule names action plans").isFalse();
        assertThat(standards.test("text")).isFalse();
    }
}
