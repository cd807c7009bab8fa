/**
 * brat standoff export ({@code .txt} + {@code .ann} per document) for annotation and NLP tools; offsets count
 * Unicode code points of the UTF-8 text.
 */
package org.lectern.io.brat;
