package org.lectern.cli;

import picocli.CommandLine.IVersionProvider;

/** "Lectern 0.1.0": the version the jar's manifest was stamped with at build time. */
final class ManifestVersion implements IVersionProvider {
    static final String UNPACKAGED = "development build";

    @Override
    public String[] getVersion() {
        return new String[] {"Lectern " + version()};
    }

    /** Run from compiled classes (an IDE, the tests) there is no manifest, and so no version. */
    static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNPACKAGED : version;
    }
}
