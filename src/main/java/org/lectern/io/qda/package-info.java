/**
 * REFI-QDA project exchange ({@code .qdpx}): {@link org.lectern.io.qda.QdpxExport} writes a project for NVivo,
 * ATLAS.ti, MAXQDA, QualCoder and other QDA programs, valid against the REFI-QDA Project schema 1.0;
 * {@link org.lectern.io.qda.QdpxImport} reads one back as changes to a project, refusing unsafe files whole.
 * Selection positions count Unicode code points; instants keep milliseconds.
 */
package org.lectern.io.qda;
