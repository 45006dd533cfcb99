package org.newsgraph.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.Pipeline.StageTimer;

/** Sums the time each stage takes, across threads. */
public final class StageTimes implements StageTimer {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    @Override
    public void add(Stage stage, long n) {
        nanos.get(stage).add(n);
    }

    /** Seconds spent in {@code stage}, summed over threads. */
    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }

    /** Seconds spent in all stages, summed over threads. */
    public double total() {
        double t = 0;
        for (Stage s : Stage.values()) {
            t += seconds(s);
        }
        return t;
    }
}
