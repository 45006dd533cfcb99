package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --text-root} option of the commands that read articles: where a record's {@code textFile} may be. */
final class TextRootOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--text-root", paramLabel = "DIR",
            description = {"A folder a .json record's textFile may point into (repeatable). Without it, only the "
                    + "JSON file's own folder: a record cannot make newsgraph read other files on this machine."})
    List<Path> roots = new ArrayList<>();

    /** A reader that allows these roots, checked to be folders. */
    ArticleReader reader() {
        return reader(List.of());
    }

    /** A usage error unless every root is a folder. */
    void check() {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new ParameterException(spec.commandLine(), "--text-root " + root + " is not a folder");
            }
        }
    }

    /** A reader that allows these roots and {@code more}. */
    ArticleReader reader(List<Path> more) {
        check();
        List<Path> all = new ArrayList<>(roots);
        all.addAll(more);
        return new ArticleReader(ArticleReader.DEFAULT_MAX_RECORD_BYTES, all);
    }
}
