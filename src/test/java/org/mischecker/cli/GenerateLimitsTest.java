package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mis generate` refuses a run that is a slip of the keyboard, or that the disk cannot hold, before writing anything. */
class GenerateLimitsTest {

    @Test
    void aTrustCountAboveTheLimitOrBelowOneIsAUsageErrorAndNothingIsWritten(@TempDir Path tmp) {
        Path dir = tmp.resolve("out");
        CliTest.Run run = CliTest.mis("generate", "--trusts", "2000000000", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).isEqualTo("mis generate: --trusts 2,000,000,000 is above the limit; expected 1 to 100,000"
                + " (England has about 135 trusts; the benchmarks use 10,000)\n");
        assertThat(dir).doesNotExist();
        CliTest.Run zero = CliTest.mis("generate", "--trusts", "0", dir.toString());
        assertThat(zero.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(zero.err()).startsWith("mis generate: --trusts 0 is below 1; expected 1 to 100,000");
    }

    @Test
    void theSpaceNeededIsEstimatedFromAGeneratedFileAndComparedWithWhatIsFree() {
        // 19,000-byte files: a quarter more, in 4 KB blocks, is 24 KB each.
        assertThat(GenerateCommand.spaceProblem(1_000, 19_000, 24_576L * 1_000)).isNull();
        assertThat(GenerateCommand.spaceProblem(1_000, 19_000, 24_576L * 1_000 - 1))
                .isEqualTo("1,000 files need about 24 MB, but only 23 MB is free there; expected fewer trusts or a folder on a disk"
                        + " with more space");
        assertThat(GenerateCommand.spaceProblem(100_000, 19_000, 500L << 20))
                .isEqualTo("100,000 files need about 2.3 GB, but only 500 MB is free there; expected fewer trusts or a folder on a"
                        + " disk with more space");
        // A tiny file still takes a block.
        assertThat(GenerateCommand.spaceProblem(10, 10, 40_959)).contains("10 files need about 1 MB");
    }

    @Test
    void aRunThatFitsIsWritten(@TempDir Path tmp) throws Exception {
        assertThat(CliTest.mis("generate", "--trusts", "2", tmp.toString()).code()).isZero();
        try (var files = Files.list(tmp)) {
            assertThat(files).hasSize(2);
        }
    }
}
