package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine;

/** The options of {@code serve}: the update password read from a file, and the checks on the values. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void readsTheUpdatePasswordFromTheFirstLineOfAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("password"), "s3cret line one\nnot this\n");
        ServeCommand command = parse("--port", "0", "--allow-update", "--user", "ed", "--password-file", file.toString());
        try (NewsStore store = NewsStore.open(tmp.resolve("db"));
             NewsServer server = command.server.build(store).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String insert = "INSERT DATA { <urn:newsgraph-test:s> <urn:newsgraph-test:p> 1 }";
            for (String password : new String[] {"not this", "s3cret line one"}) {
                String auth = Base64.getEncoder().encodeToString(("ed:" + password).getBytes(StandardCharsets.UTF_8));
                int status = http.send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                        .header("Content-Type", "application/sparql-update").header("Authorization", "Basic " + auth)
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
                assertEquals(password.equals("not this") ? 401 : 204, status, password);
            }
            assertEquals(1, store.size());
        }
    }

    @Test
    void rejectsNonsensicalLimits() {
        assertThrows(CommandLine.ParameterException.class, () -> parse("--timeout", "0").server.builder());
        assertThrows(CommandLine.ParameterException.class, () -> parse("--max-rows", "0").server.builder());
        CliRun run = CliRun.run("serve", "--db", tmp.resolve("db").toString(), "--password-file", "x");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("only used with --allow-update"), run.toString());
    }
}
