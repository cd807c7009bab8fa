package org.lectern.store;

/** The team database a project belongs to, and how far the project has brought in its revisions. */
public record TeamLink(String url, String userName, long lastRev) {
}
