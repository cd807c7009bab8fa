/**
 * Bringing a colleague's work into my project: their records arrive with their own UUIDs and stamps (their
 * author's layer), re-pointed at my copies of the same articles, without overwriting anything of mine.
 * {@link org.lectern.review.merge.ColleagueMerge#plan} only plans; the service saves the plan as one edit.
 * Plain Java on the model and text packages: no JavaFX, no SQL, no files.
 */
package org.lectern.review.merge;
