package org.lectern.cli;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamMember;
import org.lectern.store.team.TeamRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code lectern team add}: gives a person a login on the team's server and a role in the team. */
@Command(name = "add",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Adds a person to the team: a login of their own on the server (created if the server has none of"
                    + " that name), the group role of their role, and their name as it stands on their work."
                    + " Run as the team database's owner, or as a lead of the team, who gives new people a login of"
                    + " their own (an existing login of the server is added by the owner)."},
        footer = {"", "Roles: analyst writes their own work; reviewer also adjudicates (review decisions, the"
                + " adjudicated layer); lead also keeps the documents and tags.",
            "The password is read from --password-file (its first line), or typed twice in the terminal; it is sent"
                    + " to the server only as a SCRAM verifier.",
            "", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class TeamAddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private TeamServerOptions server;

    @Option(names = "--member", required = true, paramLabel = "LOGIN", description = "The person's login name.")
    private String member;

    @Option(names = "--name", required = true, paramLabel = "\"NAME\"",
            description = "Their name as it stands on their records, e.g. \"Ana Analyst\".")
    private String name;

    @Option(names = "--role", required = true, paramLabel = "analyst|reviewer|lead", converter = RoleWord.class,
            description = "What they may write.")
    private TeamRole role;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the person's new password.")
    private Path passwordFile;

    @Override
    public Integer call() {
        TeamAddress address = server.address();
        char[] memberPassword = memberPassword();
        try {
            TeamMember added = server.withPassword(password -> {
                try (TeamAdmin admin = TeamAdmin.at(address, password)) {
                    return admin.addMember(member, name, role, memberPassword);
                }
            });
            spec.commandLine().getOut().println("Added " + added.login() + " (" + added.name() + ") to the team in '"
                    + address.database() + "' as " + added.role() + ".");
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            if (memberPassword != null) {
                Arrays.fill(memberPassword, '\0');
            }
        }
    }

    /** From the file, else typed twice in the terminal, else none (enough for a login the server already has). */
    private char[] memberPassword() {
        if (passwordFile != null) {
            return firstLine(passwordFile);
        }
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] first = console.readPassword("New password for %s: ", member);
        char[] again = console.readPassword("The same again: ");
        try {
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new CommandFailure("The two passwords typed for " + member + " differ; nothing was changed.");
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }

    private static char[] firstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("No such password file: " + file + ".");
        } catch (IOException e) {
            throw new CommandFailure("The password file " + file + " could not be read: " + e.getMessage() + ".");
        }
        CharBuffer text = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < text.limit() && text.get(end) != '\n' && text.get(end) != '\r') {
            end++;
        }
        char[] password = new char[end];
        text.get(password, 0, end);
        Arrays.fill(text.array(), '\0');
        if (password.length == 0) {
            throw new CommandFailure("The password file " + file + " is empty: its first line is the password.");
        }
        return password;
    }

    /** "analyst", "reviewer" or "lead", in any case. */
    static final class RoleWord implements ITypeConverter<TeamRole> {
        @Override
        public TeamRole convert(String value) {
            try {
                return TeamRole.ofWord(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
