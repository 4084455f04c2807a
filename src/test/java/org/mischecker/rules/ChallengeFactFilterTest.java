package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mischecker.evidence.Declaration;
import org.mischecker.evidence.Location;

/**
 * The questions' sessions leave out evidence facts no challenge rule names (they would cost a handle
 * each and reach nothing), and keep every type a rule matches.
 */
class ChallengeFactFilterTest {

    private final ChallengeBook book = CaseRunner.challengeBook();

    @Test
    void keepsTheTypesTheChallengeRulesMatch() {
        assertThat(book.inserts(book.scheme().parameter("challenge.narrowMarginPoints").orElseThrow())).isTrue();
    }

    @Test
    void leavesOutTypesNoChallengeRuleNames() {
        Declaration yes = new Declaration("SA7.coproduction", "SA7", true, null, null, "co-production", Location.unknown("t.yaml"));
        assertThat(book.inserts(yes)).isFalse();
        assertThat(book.inserts("a string")).isFalse();
    }
}
