package org.lectern.service;

/** Told after each edit, undo and redo has been saved and applied. Called on the thread that made the edit. */
@FunctionalInterface
public interface ProjectListener {
    void projectChanged(ProjectEvent event);
}
