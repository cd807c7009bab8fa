/**
 * Lectern's domain: immutable records and enums for documents, tags, annotations, actors, claims,
 * evidence and the links between them. Nothing here knows about JavaFX, SQL or files.
 */
package org.lectern.model;
