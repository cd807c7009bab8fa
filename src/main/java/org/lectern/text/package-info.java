/**
 * Plain-text machinery every other layer relies on: normalising imported text, anchoring passages
 * to it, converting offsets for export and finding mentions of names. Pure Java, no JavaFX, no SQL.
 */
package org.lectern.text;
