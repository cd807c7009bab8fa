/**
 * Reports and exchange files made from a project: HTML, PDF, Markdown, CSV, W3C Web Annotation, REFI-QDA and
 * brat. Every exporter reads a {@link org.lectern.model.ProjectSnapshot} narrowed by an
 * {@link org.lectern.io.export.ExportScope}, and writes through {@link org.lectern.io.export.AtomicFile} so a
 * failed export never leaves half a file over a good one.
 */
package org.lectern.io.export;
