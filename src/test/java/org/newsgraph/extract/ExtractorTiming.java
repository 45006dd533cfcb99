package org.newsgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.resolve.PlaceNames;

/**
 * A tool for developers: the extractors' own CPU time (rules, readers and layers) over the articles
 * {@link FactIdentity} annotated and kept ({@code -Dfacts.cache}), several rounds in one JVM, so the code of two
 * versions can be timed one after the other on the same input. Run it with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.extract.ExtractorTiming FILE ROUNDS}.
 */
public final class ExtractorTiming {

    private ExtractorTiming() {
    }

    public static void main(String[] args) {
        List<AnnotatedDocument> docs = AnnotatedCache.read(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        PlaceNames places = PlaceNames.load();
        java.util.function.Function<String, EntityType> bodies = name -> places.canonical(name)
                .map(c -> "organization".equals(places.kind(c)) ? EntityType.ORGANIZATION : EntityType.PLACE)
                .orElse(null);
        List<FactExtractor> ex = Extractors.standard(bodies);
        List<Long> times = new ArrayList<>();
        long facts = 0;
        for (int r = 0; r < rounds; r++) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = mx.getCurrentThreadCpuTime();
            facts = 0;
            for (AnnotatedDocument d : docs) {
                Layers layers = new Layers(d);
                for (FactExtractor e : ex) {
                    facts += e.extract(layers).size();
                }
            }
            times.add((mx.getCurrentThreadCpuTime() - t0) / 1_000_000);
        }
        System.out.println("new " + facts + " facts, CPU ms per round: " + times);
    }
}
