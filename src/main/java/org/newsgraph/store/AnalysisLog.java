package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.newsgraph.common.NewsGraphException.StoreException;

/**
 * The analyses of stored articles (what the stages before resolution read from each, as {@link AnalysisCodec}
 * bytes), kept beside the TDB2 dataset so that an article can be resolved again when the names known from other
 * articles change, without reading its text again. A cache, never the record: the dataset is.
 *
 * <p>Append-only segment files in {@code DIR/analyses/}, one per writing process. Each batch of entries is
 * followed by a commit mark written only once the dataset's transaction for the same articles has committed
 * ({@link NewsStore#putAll(Collection, Map)}), so an entry counts only when its article went into the dataset;
 * an entry of a batch that failed or was cut short by a crash is never read. Each entry carries a CRC-32, and one
 * whose bytes do not match is not read either. The last committed entry of an article wins. Whoever finds no
 * entry for an article (one written by {@code load}, or before the log existed) reads the text again.
 *
 * <p>A dataset's log is written only through {@link NewsStore#putAll(Collection, Map)}; a log of one's own (a
 * temporary one, say) through {@link #at}. Used by one thread at a time.
 */
public final class AnalysisLog {

    private static final byte ENTRY = 'E';
    private static final byte COMMIT = 'C';
    private static final byte ABORT = 'A';
    private static final String SUFFIX = ".log";

    private final Path dir;
    private Path segment;
    private DataOutputStream out;
    private boolean pending;

    AnalysisLog(Path dir) {
        this.dir = dir;
    }

    /** A log of one's own in {@code dir} (created on the first append), not a dataset's. */
    public static AnalysisLog at(Path dir) {
        return new AnalysisLog(dir);
    }

    /** Where an article's last committed analysis is. */
    public record Entry(String id, Path segment, long offset, int length, long crc) {
    }

    /**
     * Appends the analyses of a batch of articles; they count once {@link #commit} follows. The {@code others}
     * articles of the batch, written without an analysis, get an empty entry that hides an older one, if the log
     * has any.
     */
    public synchronized void append(Map<String, byte[]> analyses, Collection<String> others) {
        Map<String, byte[]> entries = new LinkedHashMap<>(analyses);
        if (out != null || !segments().isEmpty()) {
            for (String id : others) {
                entries.putIfAbsent(id, new byte[0]);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        try {
            open();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] id = e.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] data = e.getValue();
                CRC32 crc = new CRC32();
                crc.update(data);
                out.writeByte(ENTRY);
                out.writeInt(id.length);
                out.write(id);
                out.writeInt(data.length);
                out.write(data);
                out.writeLong(crc.getValue());
            }
            out.flush();
            pending = true;
        } catch (IOException e) {
            throw new StoreException("cannot write the analyses log in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Marks the entries appended since the last mark as committed (their articles are in the dataset). */
    public synchronized void commit() {
        mark(COMMIT);
    }

    /** Marks the entries appended since the last mark as void (their transaction failed). */
    public synchronized void abort() {
        mark(ABORT);
    }

    private void mark(byte kind) {
        if (!pending) {
            return;
        }
        try {
            out.writeByte(kind);
            out.flush();
            pending = false;
        } catch (IOException e) {
            throw new StoreException("cannot write the analyses log in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        if (out != null) {
            return;
        }
        Files.createDirectories(dir);
        int next = segments().stream().mapToInt(AnalysisLog::number).max().orElse(0) + 1;
        segment = dir.resolve(String.format("%08d%s", next, SUFFIX));
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(segment), 1 << 16));
    }

    /** Closes the segment being written. */
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new StoreException("cannot close the analyses log in " + dir + ": " + e.getMessage(), e);
            } finally {
                out = null;
            }
        }
    }

    /** The last committed entry of each of the given articles that has one. */
    public synchronized Map<String, Entry> find(Collection<String> ids) {
        Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
        Map<String, Entry> found = new HashMap<>();
        scan(e -> {
            if (wanted.contains(e.id())) {
                found.put(e.id(), e);
            }
        });
        found.values().removeIf(e -> e.length() == 0);
        return found;
    }

    /**
     * The last committed entry of every article that has one, in the order they were written (an article
     * written twice comes where it was written last).
     */
    public synchronized List<Entry> latest() {
        Map<String, Entry> last = new LinkedHashMap<>();
        scan(e -> {
            last.remove(e.id());
            last.put(e.id(), e);
        });
        last.values().removeIf(e -> e.length() == 0);
        return new ArrayList<>(last.values());
    }

    /** The bytes of an entry, or null when they do not match their checksum (a damaged file). */
    public synchronized byte[] read(Entry entry) {
        try {
            if (out != null) {
                out.flush();
            }
            try (RandomAccessFile file = new RandomAccessFile(entry.segment().toFile(), "r")) {
                byte[] data = new byte[entry.length()];
                file.seek(entry.offset());
                file.readFully(data);
                CRC32 crc = new CRC32();
                crc.update(data);
                return crc.getValue() == entry.crc() ? data : null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Rewrites the log with only the last committed entry of each article in {@code keep}, giving back the
     * space of replaced and removed articles' entries. The new segment is complete before the old ones go.
     */
    synchronized void compact(java.util.function.Predicate<String> keep) {
        close();
        List<Path> old = segments();
        if (old.isEmpty()) {
            return;
        }
        Map<String, Entry> last = new LinkedHashMap<>();
        scan(e -> {
            if (keep.test(e.id())) {
                last.put(e.id(), e);
            }
        });
        last.values().removeIf(e -> e.length() == 0);
        Map<String, byte[]> batch = new LinkedHashMap<>();
        try {
            for (Entry e : last.values()) {
                byte[] data = read(e);
                if (data != null) {
                    batch.put(e.id(), data);
                }
                if (batch.size() == 1024) {
                    append(batch, List.of());
                    commit();
                    batch.clear();
                }
            }
            append(batch, List.of());
            commit();
            Path written = segment;
            close();
            for (Path p : old) {
                if (!p.equals(written)) {
                    Files.deleteIfExists(p);
                }
            }
            if (written != null) {
                // the rewritten segment becomes the first, so that later appends come after it
                Files.move(written, dir.resolve(String.format("%08d%s", 1, SUFFIX)), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StoreException("cannot compact the analyses log in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads every committed entry, in the order written, skipping what an interrupted write left behind. */
    private void scan(java.util.function.Consumer<Entry> sink) {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new StoreException("cannot write the analyses log in " + dir + ": " + e.getMessage(), e);
            }
        }
        for (Path p : segments()) {
            List<Entry> uncommitted = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16))) {
                long pos = 0;
                while (true) {
                    int kind = in.read();
                    if (kind < 0) {
                        break;
                    }
                    pos++;
                    if (kind == COMMIT) {
                        uncommitted.forEach(sink);
                        uncommitted.clear();
                    } else if (kind == ABORT) {
                        uncommitted.clear();
                    } else if (kind == ENTRY) {
                        int idLength = in.readInt();
                        byte[] id = new byte[idLength];
                        in.readFully(id);
                        int length = in.readInt();
                        long offset = pos + 4 + idLength + 4;
                        in.skipNBytes(length);
                        long crc = in.readLong();
                        uncommitted.add(new Entry(new String(id, StandardCharsets.UTF_8), p, offset, length, crc));
                        pos = offset + length + 8;
                    } else {
                        break; // a damaged segment: what follows cannot be trusted
                    }
                }
            } catch (EOFException e) {
                // a write cut short: its batch was never committed
            } catch (IOException e) {
                throw new StoreException("cannot read the analyses log " + p + ": " + e.getMessage(), e);
            }
        }
    }

    private List<Path> segments() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("cannot list the analyses log in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int number(Path segment) {
        String name = segment.getFileName().toString();
        try {
            return Integer.parseInt(name.substring(0, name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
