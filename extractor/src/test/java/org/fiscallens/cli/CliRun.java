package org.fiscallens.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the CLI: its exit code and what it printed on stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = FiscalCli.run(out, err, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
