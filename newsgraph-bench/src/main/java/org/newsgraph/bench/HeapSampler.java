package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Samples the heap every few milliseconds on a daemon thread: the peak of used heap, and on request the
 * live heap after a full collection at given points of a run (to show whether memory grows with input).
 */
public final class HeapSampler implements AutoCloseable {

    /** The live heap after a collection when {@code done} records had been handled. */
    public record Checkpoint(long done, long liveBytes) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private volatile long peak;
    private volatile boolean running = true;

    public HeapSampler(long intervalMillis) {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "newsgraph-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
    }

    /** The largest used heap seen so far, in bytes. */
    public long peak() {
        sample();
        return peak;
    }

    /** Forgets the peak so far (after loading, say). */
    public void resetPeak() {
        peak = 0;
    }

    /** Collects garbage and records the live heap at this point of the run. */
    public synchronized void checkpoint(LongSupplier done) {
        sample();
        System.gc();
        checkpoints.add(new Checkpoint(done.getAsLong(), memory.getHeapMemoryUsage().getUsed()));
    }

    public synchronized List<Checkpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    /** The maximum heap the JVM may use, in bytes. */
    public long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
