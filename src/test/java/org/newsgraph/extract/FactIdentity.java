package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.resolve.PlaceNames;

/**
 * A tool for developers, not part of the build: the extractors alone over the annotated development sample of
 * {@link ExtractionIdentity}, their facts written one a line (evidence offsets included, confidence left out)
 * to {@code target/identity/facts.tsv}, compared with a baseline file when one is given, and the extractors'
 * own time measured over several rounds.
 *
 * <pre>
 * mvn -o -q test -Dtest=FactIdentity -Dfacts.cache=/tmp/sample.bin                 # annotates once, then reads
 * mvn -o -q test -Dtest=FactIdentity -Dfacts.cache=/tmp/sample.bin -Dfacts.baseline=/tmp/facts.tsv -Dfacts.rounds=5
 * </pre>
 */
class FactIdentity {

    @Test
    void writesTheExtractorsFactsOverTheSampleAndComparesThemWithTheBaseline() throws IOException {
        Path cache = Path.of(System.getProperty("facts.cache", "target/identity/annotated.bin"));
        List<AnnotatedDocument> docs;
        if (Files.exists(cache)) {
            docs = AnnotatedCache.read(cache);
        } else {
            Pipeline pipeline = Pipeline.standard();
            docs = new ArrayList<>();
            for (ReadResult r : ExtractionIdentity.sample()) {
                docs.add(pipeline.analyse(((ReadResult.Accepted) r).article()).extracted().annotated());
            }
            Files.createDirectories(cache.toAbsolutePath().getParent());
            AnnotatedCache.write(cache, docs);
        }
        Map<String, FactExtractor> extractors = extractors();
        int rounds = Integer.getInteger("facts.rounds", 1);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, Long> nanos = new LinkedHashMap<>();
            lines.clear();
            long total = 0;
            for (AnnotatedDocument d : docs) {
                Layers layers = new Layers(d);
                for (Map.Entry<String, FactExtractor> e : extractors.entrySet()) {
                    long t0 = System.nanoTime();
                    List<Fact> facts = e.getValue().extract(layers);
                    long t = System.nanoTime() - t0;
                    nanos.merge(e.getKey(), t, Long::sum);
                    total += t;
                    for (Fact f : facts) {
                        lines.add(d.article().id() + "\t" + show(f));
                    }
                }
            }
            System.out.printf("facts: round %d: %d ms in all: %s%n", round + 1, total / 1_000_000,
                    nanos.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                            .collect(Collectors.joining(", ")));
        }
        lines.sort(null);
        Path out = Path.of("target/identity/facts.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("facts: %d documents, %d facts%n", docs.size(), lines.size());
        String baseline = System.getProperty("facts.baseline");
        if (baseline != null && !baseline.isBlank()) {
            List<String> diff = ExtractionIdentity.diff(Files.readAllLines(Path.of(baseline), StandardCharsets.UTF_8),
                    lines);
            Files.write(Path.of("target/identity/facts.diff"), diff, StandardCharsets.UTF_8);
            diff.stream().limit(100).forEach(l -> System.out.println("  " + l));
            assertTrue(diff.isEmpty(), diff.size() + " facts differ; see target/identity/facts.diff");
        }
    }

    static Map<String, FactExtractor> extractors() {
        PlaceNames places = PlaceNames.load();
        java.util.function.Function<String, org.newsgraph.nlp.EntityType> bodies = name -> places.canonical(name)
                .map(c -> "organization".equals(places.kind(c)) ? org.newsgraph.nlp.EntityType.ORGANIZATION
                        : org.newsgraph.nlp.EntityType.PLACE)
                .orElse(null);
        Map<String, FactExtractor> out = new LinkedHashMap<>();
        for (FactExtractor e : Extractors.standard(bodies)) {
            out.put(e.name(), e);
        }
        return out;
    }

    static String show(Fact f) {
        String ev = f.evidence().sentence() + ":" + f.evidence().begin() + "-" + f.evidence().end();
        if (f instanceof Fact.Role r) {
            return String.join("\t", "role", show(r.person()), r.role(), show(r.organization()),
                    r.qualifier().name(), ev);
        }
        if (f instanceof Fact.Meeting m) {
            return String.join("\t", "meeting", m.kind(),
                    m.participants().stream().map(FactIdentity::show).collect(Collectors.joining(" + ")),
                    show(m.location()), show(m.date()), m.planned() ? "planned" : "held", ev);
        }
        if (f instanceof Fact.Quote q) {
            return String.join("\t", "quote", q.text().replace('\n', ' '), q.begin() + "-" + q.end(),
                    show(q.speaker()), String.valueOf(q.verb()), show(q.addressee()), ev);
        }
        Fact.Authorship a = (Fact.Authorship) f;
        return String.join("\t", "byline", a.authors().stream().map(FactIdentity::show)
                .collect(Collectors.joining(" + ")), show(a.outlet()), ev);
    }

    private static String show(Mention m) {
        return m == null ? "" : m.text().replace('\n', ' ') + "@" + m.begin() + "-" + m.end() + ":" + m.type();
    }

    private static String show(TemporalExpression d) {
        return d == null ? "" : d.text() + "@" + d.begin() + "-" + d.end() + "=" + d.value();
    }
}
