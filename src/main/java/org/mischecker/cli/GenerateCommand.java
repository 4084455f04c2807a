package org.mischecker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.generate.EvidenceGenerator;
import org.mischecker.generate.ExternalExtracts;
import org.mischecker.rules.RuleBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mis generate --trusts N --seed S DIR}: synthetic evidence files for load tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic, realistic evidence files (figures drawn around each threshold) to DIR; the same seed gives the same files.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * There are about 135 trusts in England; the benchmarks use 10,000. A larger run is a slip of the
     * keyboard (--trusts 2000000000 wrote 50 GB before it was stopped).
     */
    static final int MAX_TRUSTS = 100_000;

    @Option(names = "--trusts", required = true, paramLabel = "N", description = "How many trusts (1 to 100,000).")
    int trusts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    SchemeYearOptions yearOptions;

    @Option(names = "--external", paramLabel = "DIR", description = {"Also write external extracts to DIR (one CSV per source the",
            "pack names, for mis check --external): most rows repeat the trusts' own figures, a few differ, a few trusts have none."})
    Path externalDir;

    @Parameters(paramLabel = "DIR", description = "Folder to write trust-00001.yaml ... into (created if missing; existing files are never overwritten).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (trusts < 1 || trusts > MAX_TRUSTS) {
            err.println(String.format(java.util.Locale.ROOT, "mis generate: --trusts %,d is %s; expected 1 to %,d (England has about 135"
                    + " trusts; the benchmarks use 10,000)", trusts, trusts < 1 ? "below 1" : "above the limit", MAX_TRUSTS));
            return ExitCode.INVALID_INPUT.code();
        }
        RuleBook book = yearOptions.ruleBook();
        EvidenceGenerator generator = new EvidenceGenerator(book.scheme(), book.catalogue());
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
        int width = Math.max(5, String.valueOf(trusts).length());
        try {
            String space = spaceProblem(trusts, text(yaml, generator.trust(seed, 0), 0).length, usableSpace(dir));
            if (space != null) {
                err.println("mis generate: " + space);
                return ExitCode.INVALID_INPUT.code();
            }
            Files.createDirectories(dir);
            ExternalExtracts extracts = externalDir == null ? null : new ExternalExtracts(book.scheme(), seed);
            for (int i = 0; i < trusts; i++) {
                Path file = dir.resolve(String.format("trust-%0" + width + "d.yaml", i + 1));
                Map<String, Object> trust = generator.trust(seed, i);
                Files.write(file, text(yaml, trust, i), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (extracts != null) {
                    extracts.add(i, trust);
                }
            }
            if (extracts != null) {
                Files.createDirectories(externalDir);
                for (Map.Entry<String, String> f : extracts.files().entrySet()) {
                    Files.writeString(externalDir.resolve(f.getKey()), f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            }
        } catch (FileAlreadyExistsException e) {
            err.println("mis generate: " + e.getFile() + " already exists; choose an empty folder (files are never overwritten)");
            return ExitCode.INVALID_INPUT.code();
        } catch (IOException e) {
            err.println("mis generate: cannot write to " + dir + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        spec.commandLine().getOut().println("wrote " + trusts + " evidence files to " + dir
                + (externalDir == null ? "" : " and their external extracts to " + externalDir));
        return ExitCode.SUCCESS.code();
    }

    private byte[] text(ObjectMapper yaml, Map<String, Object> trust, int i) throws IOException {
        return ("# Synthetic evidence (mis generate --seed " + seed + "), trust " + (i + 1) + "\n"
                + yaml.writeValueAsString(trust)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Free space on the file system that will hold {@code dir} (its nearest existing folder). */
    private static long usableSpace(Path dir) throws IOException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
    }

    /**
     * Null when {@code trusts} files like the first one ({@code sampleBytes}) fit in {@code usable}
     * bytes, else what is needed and what is free. Files vary in length (documents and keys are drawn
     * at random), so the estimate allows a quarter more than the sample, and each file at least one
     * 4 KB block, as most file systems give it.
     */
    static String spaceProblem(int trusts, long sampleBytes, long usable) {
        long perFile = Math.max(4096, (sampleBytes * 5 / 4 + 4095) / 4096 * 4096);
        long needed = perFile * trusts;
        if (needed <= usable) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%,d files need about %s, but only %s is free there;"
                + " expected fewer trusts or a folder on a disk with more space", trusts, size(needed, true), size(usable, false));
    }

    /** In MB or GB, rounded up for what is needed and down for what is free, so the two never read the same. */
    private static String size(long bytes, boolean up) {
        double units = bytes / (double) (bytes >= 1L << 30 ? 1L << 30 : 1L << 20);
        double rounded = bytes >= 1L << 30 ? (up ? Math.ceil(units * 10) : Math.floor(units * 10)) / 10 : up ? Math.ceil(units) : Math.floor(units);
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GB", rounded)
                : String.format(java.util.Locale.ROOT, "%,d MB", (long) rounded);
    }
}
