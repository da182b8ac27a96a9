package org.fiscallens.checks;

import java.util.List;

/** A family of checks over one document; each finding it reports names one of its {@link #rules()}. */
public interface Rule {
    List<RuleInfo> rules();

    void apply(CheckContext ctx);
}
