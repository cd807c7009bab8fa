package org.lectern.log;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * Tells logback.xml where the log folder is. It follows Lectern's data folder (which differs by system, and
 * which tests move into target/), something a static configuration file cannot work out by itself.
 */
public final class LogFolderProperty extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return LecternLog.folder().toString();
    }
}
