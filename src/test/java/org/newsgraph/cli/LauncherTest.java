package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher, {@code bin/newsgraph}, building on first use: it shows the build's progress, one line per
 * step, instead of a minute of silence; a failed build shows Maven's errors and where the full log is. Maven
 * itself is stood in for by a script (through {@code NEWSGRAPH_MVN}) that prints what Maven prints and puts a
 * jar in place, so the test does not rebuild the project it runs in.
 */
class LauncherTest {

    @TempDir
    Path tmp;

    Path home;

    @BeforeEach
    void installation() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        home = tmp.resolve("newsgraph");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("bin/newsgraph"), home.resolve("bin/newsgraph"));
        Files.createDirectories(home.resolve("bin/lib"));
        Files.copy(Path.of("bin/lib/build.sh"), home.resolve("bin/lib/build.sh"));
        Files.createDirectories(home.resolve("src/main/java"));
        Files.writeString(home.resolve("src/main/java/Changed.java"), "// newer than any jar\n");
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        // What the build would make: a jar that runs the command line of this checkout.
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.newsgraph.cli.Main");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(tmp.resolve("built.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    private Path maven(String output, int exitCode) throws Exception {
        Path script = tmp.resolve("fake-mvn");
        Files.writeString(script, "#!/bin/bash\ncat <<'LOG'\n" + output + "LOG\n"
                + (exitCode == 0 ? "mkdir -p target && cp '" + tmp.resolve("built.jar") + "' target/newsgraph.jar\n" : "")
                + "exit " + exitCode + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Path maven, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", home.resolve("bin/newsgraph").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().put("NEWSGRAPH_MVN", maven.toString());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + System.getenv("PATH"));
        pb.redirectError(tmp.resolve("stderr").toFile()).redirectOutput(tmp.resolve("stdout").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(tmp.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("stderr"), StandardCharsets.UTF_8));
    }

    @Test
    void showsTheBuildsProgressStepByStepThenRuns() throws Exception {
        Run run = launch(maven("""
                [INFO] Scanning for projects...
                [INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ newsgraph ---
                [INFO] --- maven-compiler-plugin:3.14.1:compile (default-compile) @ newsgraph ---
                [INFO] Compiling 150 source files with javac [debug release 17] to target/classes
                [INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ newsgraph ---
                [INFO] --- maven-dependency-plugin:3.8.1:copy-dependencies (copy-lib) @ newsgraph ---
                [INFO] BUILD SUCCESS
                """, 0), "--version");
        assertEquals(0, run.exit(), run.toString());
        List<String> steps = run.err().lines().filter(l -> l.matches("newsgraph: \\[ *\\d+s] .*"))
                .map(l -> l.replaceFirst("newsgraph: \\[ *\\d+s] ", "")).toList();
        assertEquals(List.of("copying resources", "compiling", "packaging",
                "copying libraries to target/lib", "built"), steps, run.err());
        assertTrue(run.err().startsWith("newsgraph: building newsgraph with Maven"), "says it builds first: " + run.err());
        assertTrue(run.out().startsWith("newsgraph "), "then runs the command: " + run);

        Run again = launch(maven("", 1), "--version");
        assertEquals(0, again.exit(), again.toString());
        assertEquals("", again.err(), "no build when nothing changed");
    }

    @Test
    void aFailedBuildShowsMavensErrorsAndTheLog() throws Exception {
        Run run = launch(maven("""
                [INFO] --- maven-compiler-plugin:3.14.1:compile (default-compile) @ newsgraph ---
                [ERROR] /src/main/java/Changed.java:[1,1] class, interface, enum, or record expected
                [INFO] BUILD FAILURE
                """, 1), "--version");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("[ERROR] /src/main/java/Changed.java:[1,1]"), run.err());
        assertTrue(run.err().contains("newsgraph: the build failed; full log in "), run.err());
        assertTrue(run.out().isEmpty(), run.toString());
    }
}
