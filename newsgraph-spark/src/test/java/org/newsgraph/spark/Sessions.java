package org.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions for tests: local mode, no web UI, few shuffle partitions. */
final class Sessions {

    private Sessions() {
    }

    static SparkSession local(int cores) {
        return SparkSession.builder().appName("newsgraph-test").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores))
                .config("spark.rdd.compress", "true")
                .getOrCreate();
    }
}
