package org.mischecker.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.check.FileResult;
import org.mischecker.report.render.Renderer;
import org.mischecker.report.render.ReportWriter;

/**
 * The outputs of one check run, open while results stream in. A file is written to a temporary
 * file beside it and renamed only when the run completes ({@link #commit}): never half a report,
 * and on any failure ({@link #close} without a commit) the temporary files are removed. An existing
 * target that is not a regular file (a character device such as /dev/null, a pipe) is written to
 * directly, since nothing can be renamed over it.
 */
final class Outputs implements AutoCloseable {

    /** One output being written, and where its text goes. */
    private record Open(OutputSpec spec, ReportWriter writer, Writer target, Path temp) {
    }

    private final List<Open> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Every temporary file, named here before it is created and until it is renamed into place: a
     * kill that lands while a file is being opened must still find it.
     */
    private final java.util.Set<Path> temporaries = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean committed;
    /**
     * Held while a temporary file is created and while the interrupt removes them, so a kill that lands
     * while a file is being opened either finds the file or stops it being created (the JVM runs other
     * threads on while its shutdown hooks run).
     */
    private final Object creating = new Object();
    private boolean interrupted;
    /** Removes the temporary files if the run is interrupted (Ctrl-C, a kill): no hidden files left behind. */
    private final Thread onInterrupt = new Thread(() -> {
        synchronized (creating) {
            interrupted = true;
            removeTemporaries(false);
        }
    }, "mis-outputs-cleanup");

    private Outputs() {
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /**
     * @param renderers the renderer of each spec, in the same order
     */
    static Outputs open(List<OutputSpec> specs, List<Renderer> renderers, PrintWriter stdout, int inputCount) throws IOException {
        Outputs outputs = new Outputs();
        try {
            for (int i = 0; i < specs.size(); i++) {
                outputs.opened.add(outputs.open(specs.get(i), renderers.get(i), stdout, inputCount));
            }
        } catch (IOException | RuntimeException e) {
            outputs.close();
            throw e;
        }
        return outputs;
    }

    /** Hands one file's result to every output. */
    void write(FileResult result) throws IOException {
        for (Open o : opened) {
            if (result.evaluated()) {
                o.writer().report(result.report());
            } else {
                o.writer().error(result.error());
            }
        }
    }

    /** Finishes every output and puts each file in place. */
    void commit() throws IOException {
        for (Open o : opened) {
            o.writer().finish();
            o.target().flush();
            if (o.temp() != null) {
                o.target().close();
                try {
                    Files.move(o.temp(), o.spec().file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(o.temp(), o.spec().file(), StandardCopyOption.REPLACE_EXISTING);
                }
                temporaries.remove(o.temp());
            } else if (o.spec().file() != null) {
                o.target().close();
            }
        }
        committed = true;
        forgetInterrupt();
    }

    /** Without a commit, removes the temporary files: the real error is being reported by the caller. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        removeTemporaries(true);
        forgetInterrupt();
    }

    private void forgetInterrupt() {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same work
        }
    }

    /** @param closeWriters false while the JVM shuts down: another thread may still be writing, and the process is ending */
    private void removeTemporaries(boolean closeWriters) {
        if (committed) {
            return;
        }
        if (closeWriters) {
            for (Open o : opened) {
                if (o.spec().file() != null) {
                    try {
                        o.target().close();
                    } catch (IOException ignored) {
                        // best effort: the real error is being reported
                    }
                }
            }
        }
        for (Path temp : temporaries) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the real error is being reported
            }
        }
    }

    private Open open(OutputSpec s, Renderer renderer, PrintWriter stdout, int inputCount) throws IOException {
        if (s.file() == null) {
            return new Open(s, renderer.open(stdout, inputCount), stdout, null);
        }
        if (Files.exists(s.file()) && !Files.isRegularFile(s.file())) {
            Writer direct = new BufferedWriter(Files.newBufferedWriter(s.file(), StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE), 1 << 16);
            return new Open(s, renderer.open(direct, inputCount), direct, null);
        }
        Path dir = s.file().toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would carry over to the report.
        Path temp = dir.resolve("." + s.file().getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        Writer w;
        synchronized (creating) {
            if (interrupted) {
                throw new IOException("interrupted: the run is ending");
            }
            temporaries.add(temp);
            w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        }
        return new Open(s, renderer.open(w, inputCount), w, temp);
    }
}
