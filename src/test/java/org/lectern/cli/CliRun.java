package org.lectern.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lectern.LecternCommandLine;

/** One run of the {@code lectern} command in-process: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = LecternCommandLine.writingTo(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Runs the top command with a stand-in window that records which project it was asked to open. */
    static CliRun withWindow(List<Path> opened, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WindowOpener window = opened::add;
        int exitCode = LecternCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), window)
                .execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun importing(Path project, Path... files) {
        List<String> args = new ArrayList<>(List.of("import", "--analyst", "Test Analyst", "--project",
                project.toString()));
        for (Path file : files) {
            args.add(file.toString());
        }
        return of(args.toArray(String[]::new));
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out, e);
        }
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
