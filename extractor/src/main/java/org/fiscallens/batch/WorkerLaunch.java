package org.fiscallens.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a worker JVM: the java binary and class path of the running program, a heap limit, and
 * where its standard error goes (a log file, or null to discard it).
 */
public record WorkerLaunch(String javaBin, String classPath, String maxHeap, List<String> extraJvmOptions, Path errorLog) {

    /**
     * The JVM and class path this program runs on, so a worker is the same build as its supervisor. Cores the
     * workers leave idle (fewer workers than cores) go to reading each document's pages on several threads.
     */
    public static WorkerLaunch ofCurrentJvm(String maxHeap, Path errorLog, int workers) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int pageThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, workers));
        List<String> options = new ArrayList<>();
        options.add("-D" + org.fiscallens.pdf.ParallelPageReader.THREADS_PROPERTY + "=" + pageThreads);
        options.addAll(org.fiscallens.pdf.Limits.jvmOptions()); // --limit settings of this run
        return new WorkerLaunch(java, System.getProperty("java.class.path"), maxHeap, List.copyOf(options), errorLog);
    }

    /**
     * The JVM flags of every Fiscal Lens process (the {@code fiscal} launcher uses the same ones):
     * <ul>
     * <li>the serial collector: the smallest footprint and start-up cost for one busy thread per worker;</li>
     * <li>the C1 compiler alone (no C2): half the CPU of tiered compilation over the real corpus read three times
     * in one JVM (27.5 s against 57 s; 14.6 s against 23.2 s for one pass), since C2's compilations never paid
     * back;</li>
     * <li>reflection through the JVM's native accessors, never generated ones (JSON serialisation calls each
     * record accessor thousands of times; generating a class for each was 3 % of a cold start's CPU);</li>
     * <li>transparent huge pages for the heap where the kernel offers them on request ({@code madvise} or
     * {@code always}): a cold start spent 6 % of its CPU faulting in the heap's fresh 4 KB pages, and measured
     * 4–8 % faster with them.</li>
     * </ul>
     */
    public static final List<String> FAST_FLAGS = fastFlags();

    private static List<String> fastFlags() {
        List<String> flags = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dsun.reflect.inflationThreshold=2147483647"));
        if (hugePagesOnRequest()) flags.add("-XX:+UseTransparentHugePages");
        return List.copyOf(flags);
    }

    /**
     * Whether this is Linux with transparent huge pages available to a process that asks (the flag is unknown
     * elsewhere, and where the kernel has them off the JVM would print a warning into a worker's output).
     */
    static boolean hugePagesOnRequest() {
        try {
            String mode = java.nio.file.Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Class-data sharing: the {@code fiscal} launcher records the classes a first run loads into
     * {@code fiscal-lens.jsa} beside the jar (JDK dynamic CDS archive); later JVMs map it instead of loading
     * and verifying those classes again, which measured about 0.7 s less per start. Empty when there is no
     * archive for the current jar. JVM logging goes to stderr (errors only), never into JSON on stdout.
     */
    public static List<String> sharedArchive(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) return List.of();
        java.io.File jar = new java.io.File(classPath);
        java.io.File jsa = new java.io.File(classPath.substring(0, classPath.length() - 4) + ".jsa");
        if (!jsa.isFile() || jsa.lastModified() < jar.lastModified()) return List.of();
        return List.of("-XX:SharedArchiveFile=" + jsa.getPath(), "-Xlog:disable", "-Xlog:all=error:stderr");
    }

    List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-Xss8m");
        // Die at once on heap exhaustion (exit code 3) rather than limp on in a damaged state.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.addAll(FAST_FLAGS);
        cmd.addAll(sharedArchive(classPath));
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(BatchWorker.class.getName());
        return cmd;
    }
}
