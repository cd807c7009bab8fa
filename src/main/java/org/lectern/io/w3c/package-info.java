/**
 * W3C Web Annotation (JSON-LD) exchange: {@link org.lectern.io.w3c.W3cExport} writes a project's annotations as
 * an AnnotationCollection, and {@link org.lectern.io.w3c.W3cImport} reads such files, from Lectern or from other
 * tools, into changes for a project. Offsets in these files count Unicode code points, not Java chars.
 */
package org.lectern.io.w3c;
