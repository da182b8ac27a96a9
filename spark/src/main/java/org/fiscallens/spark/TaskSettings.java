package org.fiscallens.spark;

import java.io.Serializable;

/**
 * What every task needs to know: where results go and the limits of one file, as {@code fiscal batch} has them.
 *
 * @param outRoot         the job's output folder (any Hadoop file system)
 * @param timeLimitMillis per-file wall-time limit; past it the worker JVM is killed and the file recorded as failed
 * @param maxHeap         the worker JVM's heap limit (-Xmx syntax)
 * @param retryFailed     try again files whose failure is recorded even when nothing changed
 * @param pageThreads     threads each extraction reads pages on (the cores of one task)
 * @param workerClassPath class path of the worker JVMs; null for the jar this code came from
 */
public record TaskSettings(String outRoot, long timeLimitMillis, String maxHeap, boolean retryFailed, int pageThreads,
                           String workerClassPath) implements Serializable {
}
