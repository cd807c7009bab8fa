/**
 * Lectern's use cases. Every user edit is an {@link org.lectern.service.Edit}: a list of record changes
 * that {@link org.lectern.service.ProjectSession} saves as one transaction, applies to the in-memory
 * {@link org.lectern.service.ProjectState}, and keeps for undo and redo. No JavaFX here.
 */
package org.lectern.service;
