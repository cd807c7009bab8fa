package org.lectern.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.lectern.io.exchange.Authorship;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.qda.QdpxImport;
import org.lectern.io.w3c.W3cImport;
import org.lectern.model.ProjectSnapshot;

/**
 * Bringing in annotations that another tool (or another Lectern) wrote: W3C Web Annotation JSON-LD and
 * REFI-QDA projects. What a file proposes is saved as one edit, so one undo takes the whole import back.
 */
public final class AnnotationExchange {
    private AnnotationExchange() {
    }

    /** Whether a file is one of the exchange formats Lectern reads, judged by its name. */
    public static boolean isExchangeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonld") || name.endsWith(".json") || name.endsWith(".qdpx");
    }

    /** Reads the file against the open project and saves what it proposes; returns what was read. */
    public static ExchangeImport importInto(ProjectSession session, Path file) throws ExchangeFormatException {
        return importInto(session, file, Map.of());
    }

    /**
     * As {@link #importInto(ProjectSession, Path)}, recording the creators the file names under the analysts'
     * names {@code creatorsAs} maps them to ("ben" as "Ben Okafor").
     */
    public static ExchangeImport importInto(ProjectSession session, Path file, Map<String, String> creatorsAs)
            throws ExchangeFormatException {
        ExchangeImport proposal = read(file, session.state().snapshot(),
                new Authorship(session.analyst(), creatorsAs));
        if (!proposal.changes().isEmpty()) {
            session.perform(new Edit(proposal.description(), proposal.changes()));
        }
        return proposal;
    }

    /**
     * Reads what the file proposes for a project, without saving anything. It works on a snapshot, so it may
     * run away from the window's thread while the analyst goes on working.
     */
    public static ExchangeImport read(Path file, ProjectSnapshot project, String analyst)
            throws ExchangeFormatException {
        return read(file, project, Authorship.of(analyst));
    }

    /** As {@link #read(Path, ProjectSnapshot, String)}, with the file's creators mapped as {@code authors} says. */
    public static ExchangeImport read(Path file, ProjectSnapshot project, Authorship authors)
            throws ExchangeFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".qdpx")) {
            return new QdpxImport().read(file, project, authors);
        }
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return new W3cImport().read(file, project, authors);
        }
        throw new ExchangeFormatException(file.getFileName() + " is not an exchange file Lectern reads: choose W3C"
                + " Web Annotation (.jsonld) or a REFI-QDA project (.qdpx).");
    }
}
