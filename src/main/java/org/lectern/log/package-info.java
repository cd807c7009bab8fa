/** Lectern's log file: where it is, and routing every library's logging into it rather than to the terminal. */
package org.lectern.log;
