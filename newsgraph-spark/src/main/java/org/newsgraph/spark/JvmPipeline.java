package org.newsgraph.spark;

import org.newsgraph.Pipeline;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.SurnameIndex;

/**
 * The pipeline of one JVM (an executor, or the driver in local mode): the models are loaded once, on first use,
 * and shared by every task thread, as the pipeline's stages are thread-safe. Its resolver links short names
 * against the known names this JVM was last given ({@link #knowing}).
 */
final class JvmPipeline {

    private static Pipeline pipeline;
    private static SurnameIndex known;
    private static long knownId = Long.MIN_VALUE;

    private JvmPipeline() {
    }

    /** The pipeline, loaded on first use. */
    static synchronized Pipeline get() {
        if (pipeline == null) {
            // Jena asks the XML parser on Spark's classpath for a property it does not know, and logs that as an
            // error at start-up; nothing newsgraph does reads XML
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.util.JenaXMLInput",
                    org.apache.logging.log4j.Level.OFF);
            known = new SurnameIndex();
            pipeline = Pipeline.standard(known);
        }
        return pipeline;
    }

    /**
     * The pipeline, resolving against {@code names}: loaded into the JVM's index once per {@code id} (a
     * broadcast's), whatever the number of tasks that ask.
     */
    static synchronized Pipeline knowing(long id, KnownNamesTable names) {
        Pipeline p = get();
        if (knownId != id) {
            known.clear();
            for (int i = 0; i < names.names().length; i++) {
                known.add(EntityType.PERSON, names.names()[i], names.articles()[i]);
            }
            knownId = id;
        }
        return p;
    }
}
