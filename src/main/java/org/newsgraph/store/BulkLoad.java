package org.newsgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.common.FileTrees;
import org.newsgraph.common.NewsGraphException.StoreException;
import org.newsgraph.ingest.ReadResult;

/**
 * Loads N-Quads (from {@code newsgraph extract} or the Spark job) into a fresh TDB2 dataset with Jena's own
 * bulk loader, which sorts each index in one pass instead of updating it article by article in transactions.
 * Files may be gzipped ({@code .gz}); a folder is read for all its files but hidden ones and Spark's markers
 * ({@code _SUCCESS}).
 *
 * <p>Not transactional, as no bulk loader is: the dataset is built in a folder beside the target
 * ({@code DIR.loading}) and renamed into place only once complete, so a load that fails or is killed leaves no
 * dataset at {@code DIR}, only the partial folder, which the next load removes. A line that is not N-Quads is
 * reported with its file and line and skipped; the rest goes in.
 */
public final class BulkLoad {

    /** Which of Jena's TDB2 loaders does the work. */
    public enum Loader {
        /** Jena's parallel loader: all indexes built at once, the most threads. */
        PARALLEL,
        /** Jena's phased loader ({@code tdb2.tdbloader}'s default): the primary indexes, then the others. */
        PHASED,
        /** Jena's sequential loader: one index at a time, the least memory. */
        SEQUENTIAL
    }

    /**
     * What a load did.
     *
     * @param quads    quads loaded
     * @param files    files read
     * @param seconds  wall time, parsing included
     * @param rejected lines that were not N-Quads, each with its file and line
     */
    public record Result(long quads, int files, double seconds, List<ReadResult.Rejected> rejected) {
        public Result {
            rejected = List.copyOf(rejected);
        }

        public double quadsPerSecond() {
            return quads / Math.max(1e-9, seconds);
        }
    }

    /** Lines parsed at a time: a bad line costs a re-parse of the rest of its chunk. */
    private static final int CHUNK_LINES = 20_000;

    private BulkLoad() {
    }

    /** The files a load reads for the given paths: files as given, folders walked in name order. */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !ignored(f)).sorted(Comparator.comparing(Path::toString))
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new StoreException("cannot read folder " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new StoreException("no such file or folder: " + p);
            }
        }
        return out;
    }

    /** Hidden files, Spark's {@code _SUCCESS} marker and checksum files are not data. */
    private static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_") || name.toLowerCase(Locale.ROOT).endsWith(".crc");
    }

    /**
     * Loads the files into a new dataset at {@code target}, which must not exist or be an empty folder, and
     * gives it the vocabulary's prefixes. {@code progress} hears of each file as it starts.
     */
    public static Result load(Path target, List<Path> files, Loader loader, Consumer<String> progress) {
        Objects.requireNonNull(loader, "loader");
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new StoreException("cannot load into " + target + ": it exists and is not empty (load builds a "
                    + "fresh dataset; use ingest to add to one)");
        }
        Path building = target.resolveSibling(target.getFileName() + ".loading");
        delete(building);
        long t0 = System.nanoTime();
        List<ReadResult.Rejected> rejected = new ArrayList<>();
        long quads;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(building.toString()));
        try {
            DataLoader data = switch (loader) {
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
                case PHASED -> LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
            };
            data.startBulk();
            try {
                StreamRDF sink = data.stream();
                for (Path f : files) {
                    progress.accept(f.toString());
                    parse(f, sink, rejected);
                }
            } catch (RuntimeException e) {
                data.finishException(e);
                throw e;
            }
            data.finishBulk();
            quads = data.countQuads();
            Txn.executeWrite(dsg, () -> org.newsgraph.rdf.VocabularyMapper.prefixes().forEach(dsg.prefixes()::add));
        } finally {
            TDBInternal.expel(dsg);
        }
        try {
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(building, target);
        } catch (IOException e) {
            throw new StoreException("loaded into " + building + " but cannot move it to " + target + ": "
                    + e.getMessage(), e);
        }
        return new Result(quads, files.size(), (System.nanoTime() - t0) / 1e9, rejected);
    }

    /**
     * Parses one file into the sink, a chunk of lines at a time; a line that does not parse is rejected and the
     * rest of its chunk parsed again after it. Blank node labels keep one scope over the whole file.
     */
    static void parse(Path file, StreamRDF sink, List<ReadResult.Rejected> rejected) {
        LabelToNode labels = org.apache.jena.riot.system.SyntaxLabels.createLabelToNode();
        try (InputStream in = IO.openFileEx(file.toString());
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> chunk = new ArrayList<>(CHUNK_LINES);
            long first = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                chunk.add(line);
                if (chunk.size() == CHUNK_LINES) {
                    parseChunk(file, first, chunk, labels, sink, rejected);
                    first += chunk.size();
                    chunk.clear();
                }
            }
            parseChunk(file, first, chunk, labels, sink, rejected);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void parseChunk(Path file, long firstLine, List<String> chunk, LabelToNode labels, StreamRDF sink,
                                   List<ReadResult.Rejected> rejected) {
        int from = 0;
        while (from < chunk.size()) {
            List<Quad> parsed = new ArrayList<>();
            StreamRDF collect = StreamRDFLib.sinkQuads(new org.apache.jena.atlas.lib.Sink<>() {
                @Override
                public void send(Quad q) {
                    parsed.add(q);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            try {
                RDFParser.fromString(String.join("\n", chunk.subList(from, chunk.size())), Lang.NQUADS)
                        .labelToNode(labels).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                        .parse(collect);
                parsed.forEach(sink::quad);
                return;
            } catch (RiotException e) {
                parsed.forEach(sink::quad);
                long line = e instanceof RiotParseException p ? p.getLine() : -1;
                int bad = line > 0 ? from + (int) line - 1 : from + lineOf(parsed.size(), chunk, from);
                String reason = e instanceof RiotParseException p ? p.getOriginalMessage() : e.getMessage();
                rejected.add(new ReadResult.Rejected(new ReadResult.Origin(file.toString(), firstLine + bad),
                        "not N-Quads: " + reason));
                from = bad + 1;
            }
        }
    }

    /** Without a line number from the parser: the line after the {@code parsed}-th non-blank line from {@code from}. */
    private static int lineOf(int parsed, List<String> chunk, int from) {
        int seen = 0;
        for (int i = from; i < chunk.size(); i++) {
            String l = chunk.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (seen++ == parsed) {
                return i - from;
            }
        }
        return chunk.size() - 1 - from;
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new StoreException("cannot remove the partial load in " + dir + ": " + e.getMessage(), e);
        }
    }
}
