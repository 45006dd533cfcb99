package org.newsgraph.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many SPARQL queries run at once, and how many may wait for a turn: a query arriving when every place is
 * taken and the waiting line is full is refused at once, and a query that waits is refused when its time limit
 * runs out in the line. So a burst of slow queries costs its senders a quick 503, never a wait past the time
 * limit, and the queries already running keep the machine.
 */
final class QueryGate {

    /** The query could not get a turn: the line was full, or its time ran out while it waited. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message, null, false, false);
        }
    }

    private final Semaphore running;
    private final int maxRunning;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    QueryGate(int maxRunning, int maxWaiting) {
        if (maxRunning < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("maxRunning must be positive and maxWaiting not negative");
        }
        this.maxRunning = maxRunning;
        this.maxWaiting = maxWaiting;
        this.running = new Semaphore(maxRunning, true);
    }

    /** Takes a turn, waiting at most until {@code deadlineNanos} (a {@link System#nanoTime()} value). */
    Runnable enter(long deadlineNanos) throws Busy, InterruptedException {
        if (running.tryAcquire()) {
            return running::release;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new Busy("the server is busy: " + maxRunning + " queries are running and " + maxWaiting
                    + " waiting; try again shortly");
        }
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !running.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                throw new Busy("the server is busy: the query's time limit ran out while it waited for one of the "
                        + maxRunning + " running queries to finish; try again shortly");
            }
            return running::release;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
