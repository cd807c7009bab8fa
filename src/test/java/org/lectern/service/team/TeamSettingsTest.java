package org.lectern.service.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.service.team.TeamSettings.Tls;

/**
 * What the analyst fills in to connect (server, port, database, user, TLS and a CA file) becomes the address the
 * PostgreSQL driver reads, and a linked project's address fills the form again.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamSettingsTest {

    @Test
    void a_server_on_the_usual_port_without_tls_is_addressed_as_the_driver_documents() {
        TeamSettings settings = new TeamSettings("db.example.org", 5432, "casework", "ana", Tls.NONE, null);

        assertEquals("jdbc:postgresql://db.example.org/casework?sslmode=disable", settings.url());
        assertNull(settings.problem());
    }

    @Test
    void verify_full_names_the_authority_certificate_and_the_driver_reads_the_file_name_back_exactly()
            throws Exception {
        Path ca = Path.of("/home/ana/Team certificates/ca+root.crt");
        TeamSettings settings = new TeamSettings("db.example.org", 6543, "casework", "ana", Tls.VERIFY_FULL, ca);

        Properties driver = org.postgresql.Driver.parseURL(settings.url(), new Properties());

        assertEquals("db.example.org", driver.getProperty("PGHOST"));
        assertEquals("6543", driver.getProperty("PGPORT"));
        assertEquals("casework", driver.getProperty("PGDBNAME"));
        assertEquals("verify-full", driver.getProperty("sslmode"));
        assertEquals(ca.toString(), driver.getProperty("sslrootcert"));
    }

    @Test
    void a_linked_projects_address_fills_the_form_again() {
        TeamSettings settings = new TeamSettings("db.example.org", 6543, "casework", "ana", Tls.VERIFY_FULL,
                Path.of("/etc/lectern/ca root.crt"));

        assertEquals(settings, TeamSettings.of(settings.url(), "ana"));
        assertEquals(new TeamSettings("localhost", 5432, "team", "bob", Tls.REQUIRE, null),
                TeamSettings.of("jdbc:postgresql://localhost/team?sslmode=require", "bob"));
        assertEquals(new TeamSettings("::1", 5433, "team", "bob", Tls.NONE, null),
                TeamSettings.of("jdbc:postgresql://[::1]:5433/team", "bob"));
    }

    @Test
    void an_ipv6_server_is_written_in_brackets() throws Exception {
        TeamSettings settings = new TeamSettings("::1", 5433, "team", "bob", Tls.REQUIRE, null);

        assertEquals("jdbc:postgresql://[::1]:5433/team?sslmode=require", settings.url());
        assertEquals("[::1]", org.postgresql.Driver.parseURL(settings.url(), new Properties()).getProperty("PGHOST"));
    }

    @Test
    void a_certificate_file_is_kept_only_where_it_is_used() {
        assertNull(new TeamSettings("h", 5432, "d", "u", Tls.REQUIRE, Path.of("/ca.crt")).caFile());
    }

    @Test
    void a_form_not_filled_in_says_what_is_missing() {
        assertEquals("Name the team's server (a host name or address).",
                new TeamSettings(" ", 5432, "d", "u", Tls.NONE, null).problem());
        assertEquals("The port is a number from 1 to 65535 (PostgreSQL's own is 5432).",
                new TeamSettings("h", 70000, "d", "u", Tls.NONE, null).problem());
        assertEquals("Name the team's database.", new TeamSettings("h", 5432, "", "u", Tls.NONE, null).problem());
        assertEquals("A database name has no '/', '?', '#' or spaces: 'case work'.",
                new TeamSettings("h", 5432, "case work", "u", Tls.NONE, null).problem());
        assertEquals("Give your user name on the team's server.",
                new TeamSettings("h", 5432, "d", "", Tls.NONE, null).problem());
    }
}
