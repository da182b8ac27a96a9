package org.fiscallens.pipeline;

/** The tool version, from the jar manifest when packaged. */
public final class Version {
    public static final String VERSION = read();

    private Version() {}

    private static String read() {
        String v = Version.class.getPackage() == null ? null : Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
