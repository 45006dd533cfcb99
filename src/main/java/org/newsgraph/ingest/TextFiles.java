package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the file a {@code .json} record names in {@code textFile}, only where the user allows it: a regular
 * file under the JSON file's own folder, or under a folder given as a text root ({@code --text-root}), after
 * symbolic links and {@code ..} are resolved, and no larger than the record limit. So a record cannot make
 * newsgraph read {@code /etc/passwd}, a file beside the input reached through {@code ../}, a symbolic link out
 * of the folder, or {@code /dev/zero}.
 */
final class TextFiles {

    /** Why a {@code textFile} was not read; the message names it and says what is allowed. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final List<Path> roots;
    private final long maxBytes;

    /** @param roots folders, besides each JSON file's own, that text files may be read from */
    TextFiles(List<Path> roots, long maxBytes) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                // a root that does not exist allows nothing
            }
        }
        this.roots = List.copyOf(real);
        this.maxBytes = maxBytes;
    }

    /** The text of {@code name}, resolved against the folder of {@code jsonFile}. */
    String read(String name, Path jsonFile) throws Refused {
        Path folder;
        Path file;
        try {
            folder = jsonFile.toAbsolutePath().getParent().toRealPath();
            file = folder.resolve(name).toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("textFile '" + name + "': no such file");
        } catch (IOException | InvalidPathException e) {
            throw new Refused("textFile '" + name + "': cannot read: " + e.getMessage());
        }
        if (!file.startsWith(folder) && roots.stream().noneMatch(file::startsWith)) {
            throw new Refused("textFile '" + name + "' is outside the folders text may be read from: the JSON "
                    + "file's own folder (" + folder + ")" + (roots.isEmpty() ? "" : " and " + roots)
                    + "; to allow another folder, give it with --text-root");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("textFile '" + name + "' is not a regular file (" + file + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new Refused("textFile '" + name + "': cannot read: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new Refused("textFile '" + name + "' is larger than " + maxBytes + " bytes");
        }
        try {
            return Text.decode(bytes);
        } catch (Text.NotTextException e) {
            throw new Refused("textFile '" + name + "': " + e.getMessage());
        }
    }
}
