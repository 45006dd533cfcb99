package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads N-Quads (from 'newsgraph extract' or the Spark job) into a fresh dataset with "
                + "Jena's TDB2 bulk loader; 'serve' then works on it as on any dataset.",
                "PATH is an .nq or .nq.gz file, or a folder of them (Spark's part-* files). The dataset is built "
                        + "beside --db and moved there once complete: a load that fails leaves no dataset. A line "
                        + "that is not N-Quads is reported with its file and line and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line went in", "1:some lines were rejected (each is reported), or the load failed",
                "2:usage error"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", required = true,
            description = "The new dataset's directory: must not exist, or be empty.")
    Path db;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "N-Quads files or folders.")
    List<Path> paths;

    @Option(names = "--loader", paramLabel = "parallel|phased|sequential", defaultValue = "parallel",
            description = "Jena's loader: parallel (fastest, most threads), phased or sequential (least memory). "
                    + "Default: ${DEFAULT-VALUE}.")
    BulkLoad.Loader loader;

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = BulkLoad.files(paths);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no files to load in " + paths);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BulkLoad.Result result = BulkLoad.load(db, files, loader, f -> { });
        for (ReadResult.Rejected r : result.rejected()) {
            err.println("rejected: " + r);
        }
        out.printf(Locale.ROOT, "%,d quads from %d files loaded into %s in %.1f s (%,.0f quads/s), %d lines rejected%n",
                result.quads(), result.files(), db, result.seconds(), result.quadsPerSecond(), result.rejected().size());
        out.flush();
        err.flush();
        return result.rejected().isEmpty() ? Main.OK : Main.REJECTED;
    }
}
