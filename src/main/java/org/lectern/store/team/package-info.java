/**
 * A team project's server: a PostgreSQL database where the members' records meet. The schema (in the
 * database's schema {@code lectern}) is migrated by Flyway from {@code org/lectern/store/team/migration}; the
 * server itself enforces who may write what, with one login per person and row-level security, so a client
 * (or {@code psql}) cannot change a colleague's work. {@link org.lectern.store.team.TeamAdmin} sets a database
 * up and adds members; {@link org.lectern.store.team.TeamServer} is a member's connection.
 */
package org.lectern.store.team;
