/**
 * The project file: one SQLite database per project, created and migrated by Flyway. This is the only
 * package that speaks SQL; the rest of Lectern sees {@link org.lectern.store.ProjectStore}.
 */
package org.lectern.store;
