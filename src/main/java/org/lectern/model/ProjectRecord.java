package org.lectern.model;

import java.util.UUID;

/** A record a project stores and an edit can create, change or delete. */
public sealed interface ProjectRecord permits Document, Tag, Annotation, Actor, Claim, Evidence, Link,
        ReviewComment, ReviewDecision {
    UUID id();
}
