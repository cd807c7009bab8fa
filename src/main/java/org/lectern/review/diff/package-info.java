/**
 * Where two analysts' readings of a document differ: passages only one of them marked, the same passage with
 * another tag, and overlapping passages with other boundaries — the list a reviewer steps through.
 */
package org.lectern.review.diff;
