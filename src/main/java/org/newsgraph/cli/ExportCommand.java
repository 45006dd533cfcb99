package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole graph, or one article's graph, as RDF.",
                "Turtle gets the union of all article graphs; TriG, N-Quads and JSON-LD keep one graph per article."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    RdfFormats format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article's graph.")
    String article;

    @Override
    public Integer call() throws IOException {
        RdfFormats f = format;
        try (NewsStore store = db.openExisting()) {
            if (article != null && !store.contains(article)) {
                throw new NewsGraphException("no article '" + article + "' in " + db.directory);
            }
            if (output == null) {
                store.export(f.format, article, System.out);
                System.out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    store.export(f.format, article, out);
                }
            }
        }
        return Main.OK;
    }
}
