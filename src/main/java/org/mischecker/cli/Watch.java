package org.mischecker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mischecker.check.Checker;
import org.mischecker.check.ExitCode;
import org.mischecker.check.FileResult;
import org.mischecker.check.RunSummary;
import org.mischecker.report.TrustReport;
import org.mischecker.report.diff.ReportDiff;
import org.mischecker.report.render.DiffRenderer;
import org.mischecker.report.render.Renderer;
import org.mischecker.report.render.Renderers;

/**
 * {@code mis check --watch FILE}: checks once, then again each time the file is saved, in the same
 * warm process (the rules are built once). The terminal shows each verdict and what changed since
 * the last good check ({@link ReportDiff}); the outputs are rewritten atomically, so a browser
 * refresh shows the new report. A save that cannot be evaluated prints its problems and leaves the
 * last good outputs as they were.
 *
 * <p>Editors save in different ways: in place (one or more modify events) or by writing a new file
 * and renaming it over the old one (a create event; the old name may disappear for a moment). So
 * the folder is watched, events are matched by file name, and a burst of events is taken as one
 * save once the folder has been quiet for {@link #QUIET_MS} ms.
 */
public final class Watch {

    /** How long the folder must be quiet after an event before the file is checked: one save, not each write of it. */
    static final long QUIET_MS = 20;

    /** What one check gave, for a listener (the benchmark, tests). */
    public record Checked(int number, FileResult result, long checkNanos, long finishedAtNanos) {
    }

    private final Checker checker;
    private final Path file;
    private final List<OutputSpec> specs;
    private final List<Renderer> renderers;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile WatchService service;
    private volatile boolean stopped;
    private volatile Consumer<Checked> listener = c -> { };
    private TrustReport lastGood;
    private int checks;
    private int lastGoodNumber;

    Watch(Checker checker, Path file, List<OutputSpec> specs, List<Renderer> renderers, PrintWriter out, PrintWriter err) {
        this.checker = checker;
        this.file = file;
        this.specs = List.copyOf(specs);
        this.renderers = List.copyOf(renderers);
        this.out = out;
        this.err = err;
    }

    /**
     * A watch of {@code file} writing each output format to its file (for the benchmark and tests).
     *
     * @param outputs format name (html, json, ...) to the file it is written to
     */
    public static Watch of(Checker checker, Path file, Map<String, Path> outputs, PrintWriter out, PrintWriter err) {
        List<OutputSpec> specs = new ArrayList<>();
        List<Renderer> renderers = new ArrayList<>();
        new LinkedHashMap<>(outputs).forEach((format, target) -> {
            specs.add(new OutputSpec(format, target));
            renderers.add(new Renderers(false).get(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format)));
        });
        return new Watch(checker, file, specs, renderers, out, err);
    }

    /** Called after every check, on the watching thread. */
    public Watch onChecked(Consumer<Checked> listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Checks, then watches until {@link #stop} (or the process ends, on Ctrl-C).
     *
     * @return the exit code of the last good check (2 when no check of the file succeeded)
     */
    public int run() throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        Path name = absolute.getFileName();
        out.println("Watching " + org.mischecker.report.Printable.visible(file.toString()) + " (Ctrl-C to stop)"
                + (specs.isEmpty() ? "" : "; rewriting " + String.join(", ", specs.stream().map(s -> s.file().toString()).toList())));
        out.flush();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            service = watcher;
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            check();
            while (!stopped) {
                WatchKey key = watcher.take();
                boolean saved = concerns(key, name);
                // One save is often several events (truncate, write, rename): wait until the folder is quiet.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    saved |= concerns(more, name);
                }
                if (saved && !stopped) {
                    check();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // stopped
        }
        out.flush();
        return lastGood == null ? ExitCode.INVALID_INPUT.code() : exitCode(lastGood);
    }

    /** Ends {@link #run} from another thread. */
    public void stop() {
        stopped = true;
        WatchService s = service;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is all that is needed to wake the watching thread
            }
        }
    }

    /** True when one of the key's events is about the watched file (or events were lost, so it may be). */
    private static boolean concerns(WatchKey key, Path name) {
        boolean about = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            about |= e.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(e.context());
        }
        key.reset();
        return about;
    }

    private void check() {
        int number = ++checks;
        long start = System.nanoTime();
        FileResult result = checker.checkFile(file);
        if (!result.evaluated()) {
            err.println("[" + number + "] not checked; " + (lastGood == null ? "no report written yet" : "the outputs still show check ["
                    + lastGoodNumber + "]") + ":");
            result.error().problems().forEach(p -> err.println("    " + p));
            err.flush();
            listener.accept(new Checked(number, result, System.nanoTime() - start, System.nanoTime()));
            return;
        }
        try (Outputs opened = Outputs.open(specs, renderers, out, 1)) {
            opened.write(result);
            opened.commit();
        } catch (IOException | UncheckedIOException e) {
            err.println("[" + number + "] cannot write the outputs: " + e.getMessage() + "; the previous ones are kept");
            err.flush();
            listener.accept(new Checked(number, result, System.nanoTime() - start, System.nanoTime()));
            return;
        }
        long took = System.nanoTime() - start;
        TrustReport report = result.report();
        out.println("[" + number + "] Verdict: " + report.verdict() + " (" + TimeUnit.NANOSECONDS.toMillis(took) + " ms)");
        if (lastGood != null) {
            List<String> changes = DiffRenderer.brief(ReportDiff.between(lastGood, report));
            if (changes.isEmpty()) {
                out.println("    no change since check [" + lastGoodNumber + "]");
            } else {
                out.println("    since check [" + lastGoodNumber + "]:");
                changes.forEach(c -> out.println("      " + c));
            }
        }
        out.flush();
        lastGood = report;
        lastGoodNumber = number;
        listener.accept(new Checked(number, result, took, System.nanoTime()));
    }

    private static int exitCode(TrustReport report) {
        RunSummary summary = new RunSummary();
        summary.add(FileResult.of(report));
        return summary.exitCode().code();
    }
}
