package org.lectern.store;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A program that starts making a project with Lectern's own migrations and is killed in the middle of the
 * first one, after some of its statements ran: the JVM halts with no shutdown hooks, no rollback and no close,
 * as with {@code kill -9}. Run in its own JVM by {@link HalfMadeProjects}. Arguments: the file, and how many
 * statements of the first migration run before the halt.
 */
public final class MigrationCutShort {
    private MigrationCutShort() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int statements = Integer.parseInt(args[1]);
        Flyway.configure(MigrationCutShort.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                .locations("classpath:org/lectern/store/migration")
                .callbacks(new BaseCallback() {
                    private int ran;

                    @Override
                    public boolean supports(Event event, Context context) {
                        return event == Event.AFTER_EACH_MIGRATE_STATEMENT;
                    }

                    @Override
                    public void handle(Event event, Context context) {
                        if (event == Event.AFTER_EACH_MIGRATE_STATEMENT && ++ran == statements) {
                            Runtime.getRuntime().halt(137);
                        }
                    }
                })
                .load()
                .migrate();
    }
}
