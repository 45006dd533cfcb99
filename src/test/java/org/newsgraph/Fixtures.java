package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;

/** Shared test fixtures: the data folder beside the repository, the seed article, one loaded pipeline. */
public final class Fixtures {

    private static Pipeline pipeline;

    private Fixtures() {
    }

    /** {@code ../shared}, as the build's {@code newsgraph.shared} property gives it. */
    public static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared", "../shared"));
    }

    /**
     * A reader that lets {@code data/rubio-2025-03-11.json} take its text from {@code ../shared/seed}, as
     * {@code demo} does: by default a record's textFile may only be in its own folder.
     */
    public static ArticleReader reader() {
        return new ArticleReader(ArticleReader.DEFAULT_MAX_RECORD_BYTES, List.of(shared().resolve("seed")));
    }

    /** The seed article (JNS, 11 March 2025) with its publication date. */
    public static Article seed() {
        Path file = shared().resolve("seed/rubio-hostage-talks.txt");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Article("rubio-2025-03-11", "Rubio: Direct US-Hamas Hostage Talks a 'One-Off Situation'",
                    "2025-03-11", null, "JNS", List.of(), text.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard pipeline, loaded once for the whole test run. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }
}
