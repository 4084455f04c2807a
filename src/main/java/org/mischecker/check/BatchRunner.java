package org.mischecker.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks files on several threads and hands the results on in path order, whatever order they
 * finish in. Only a small window of results is in flight at once, so memory does not grow with the
 * number of files.
 */
public final class BatchRunner<R> {

    /** Receives each result, in input order, on the calling thread. */
    public interface Sink<R> {
        void accept(R result) throws Exception;
    }

    private final int threads;

    public BatchRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    public <T> void run(List<T> inputs, Function<T, R> work, Sink<R> sink) throws Exception {
        if (threads == 1 || inputs.size() <= 1) {
            for (T input : inputs) {
                sink.accept(work.apply(input));
            }
            return;
        }
        int window = threads * 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mis-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    T input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(input)));
                }
                try {
                    sink.accept(inFlight.removeFirst().get());
                } catch (ExecutionException e) {
                    inFlight.forEach(f -> f.cancel(true));
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
