package org.fiscallens.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code INPUT... -o OUT [--master M] [--time-limit S] [--max-heap SIZE] [--retry-failed]
 * [--batch-files N] [--page-threads N] [--worker-classpath CP]}.
 */
record SparkOptions(List<String> inputs, String out, String master, double timeLimitSeconds, String maxHeap,
                    boolean retryFailed, int batchFiles, int pageThreads, String workerClassPath, boolean quiet) {

    static final String USAGE = """
            usage: fiscal-spark INPUT... -o OUT [--master local[N]] [--time-limit S] [--max-heap SIZE] [--retry-failed]
                                [--batch-files N] [--page-threads N]
                   fiscal-spark --bench [PDF_DIR]
              INPUT         a PDF, a folder (every *.pdf under it), a pattern, or @LIST (a file listing paths, one a line),
                            on any Hadoop file system (file:, hdfs://, s3a://)
              -o OUT        output folder: OUT/json/<name>.json per PDF (as fiscal batch writes them), the Parquet datasets
                            OUT/documents, cells, facts, projects, indicators, findings (the CSV export's columns,
                            partitioned by year and kind) and OUT/failures
              --master      Spark master (default: what spark-submit sets, else local[*])
              --time-limit  per-file wall-time limit in seconds (default 300); past it the file is recorded as failed
              --max-heap    heap limit of each worker JVM, as for -Xmx (default 512m)
              --retry-failed  try again files whose failure is recorded even if nothing changed
              --batch-files files per commit (default 1000): a killed job loses at most the rows of one batch, never a result
              --page-threads  threads each file's pages are read on (default: the cores of one task)
            """;

    static SparkOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null, master = null, maxHeap = "512m", workerCp = System.getProperty("fiscal.worker.classpath");
        double limit = 300;
        boolean retry = false, quiet = false;
        int batch = 1000, pageThreads = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-o", "--output" -> out = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--time-limit" -> limit = positive(Double.parseDouble(value(args, ++i, a)), a);
                case "--max-heap" -> {
                    maxHeap = value(args, ++i, a);
                    org.fiscallens.batch.BatchOptions.heapBytes(maxHeap);
                }
                case "--retry-failed" -> retry = true;
                case "--quiet" -> quiet = true;
                case "--batch-files" -> batch = (int) positive(Integer.parseInt(value(args, ++i, a)), a);
                case "--page-threads" -> pageThreads = (int) positive(Integer.parseInt(value(args, ++i, a)), a);
                case "--worker-classpath" -> workerCp = value(args, ++i, a);
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) throw new IllegalArgumentException("unknown option " + a);
                    inputs.add(a);
                }
            }
        }
        if (out == null) throw new IllegalArgumentException("-o OUT is required");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no INPUT given");
        return new SparkOptions(List.copyOf(inputs), out, master, limit, maxHeap, retry, batch, pageThreads, workerCp, quiet);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static double positive(double v, String option) {
        if (!(v > 0)) throw new IllegalArgumentException(option + " must be positive");
        return v;
    }
}
