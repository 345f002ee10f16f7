package dev.finsuite.export.read;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.slf4j.MDC;

/**
 * Reads an export's rows on a second thread while the caller's thread writes them. Read from a cursor on the
 * writing thread, PostgreSQL waited while each batch was written and the writer waited while the next batch
 * was fetched and decoded; with a bounded queue between them, both work at once (on two cores, about a third
 * less time for a large CSV). The queue bounds the memory: at most {@value #CAPACITY} rows wait.
 * <p>
 * The reading thread holds the read-only transaction and acts for the tenant; a writer that fails (a client
 * gone) stops the reader at its next row, and a reader that fails makes the writer fail with its error.
 */
final class Prefetch {

    static final int CAPACITY = 2048;
    private static final Object[] END = new Object[0];
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "export-reader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private volatile RuntimeException readFailure;
    private volatile long rowsRead;

    private Prefetch() {}

    /**
     * Runs {@code reading} (which hands each row to the consumer it is given) on a reader thread and gives each
     * row to {@code writer} on this thread, in order; returns the rows read.
     */
    static long stream(ToLongFunction<TenantReads.RowConsumer> reading, TenantReads.RowConsumer writer) {
        Prefetch prefetch = new Prefetch();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        READERS.execute(() -> prefetch.read(reading, logContext));
        return prefetch.write(writer);
    }

    private void read(ToLongFunction<TenantReads.RowConsumer> reading, Map<String, String> logContext) {
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            rowsRead = reading.applyAsLong(this::hand);
        } catch (Abandoned writerStopped) {
            // the writer has its own error to report
        } catch (RuntimeException failed) {
            readFailure = failed;
        } finally {
            hand(END);
            MDC.clear();
        }
    }

    /** Waits for room, giving up once the writer has stopped (so a full queue never holds the reader). */
    private void hand(Object[] row) {
        try {
            while (!queue.offer(row, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned.get()) {
                    if (row == END) {
                        return;
                    }
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private long write(TenantReads.RowConsumer writer) {
        try {
            for (Object[] row = queue.take(); row != END; row = queue.take()) {
                writer.accept(row);
            }
        } catch (InterruptedException interrupted) {
            abandoned.set(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing an export", interrupted);
        } catch (RuntimeException | Error writeFailed) {
            abandoned.set(true);
            queue.clear();
            throw writeFailed;
        }
        if (readFailure != null) {
            throw readFailure;
        }
        return rowsRead;
    }

    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
