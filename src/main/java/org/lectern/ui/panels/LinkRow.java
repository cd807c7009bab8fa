package org.lectern.ui.panels;

import org.lectern.model.Link;

/** A link as a row of the claim's or evidence's table: the record at the other end, and a grade. */
public record LinkRow(Link link, String other, String grade) {
}
