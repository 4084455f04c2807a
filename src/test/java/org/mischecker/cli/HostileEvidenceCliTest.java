package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Hostile evidence ends in one clear line and exit 2, never a stack trace. */
class HostileEvidenceCliTest {

    @Test
    void aTwoHundredThousandCharacterTrustNameIsRefusedClearly() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String file = "src/test/resources/bad/very-long-string.yaml";
        int code = Main.run(new String[] {"check", "--no-colour", file}, new PrintWriter(out), new PrintWriter(err));
        String all = out + "\n" + err;
        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(all).contains(file + ":3:9: value of 200,000 characters; expected at most 100,000 characters")
                .doesNotContain("Exception").doesNotContain("\tat ")
                .hasSizeLessThan(2_000); // the value itself is not echoed back
    }
}
