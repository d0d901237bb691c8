package org.mizan.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Mizan's own settings (application.properties, prefix {@code mizan}). */
@ConfigMapping(prefix = "mizan")
public interface MizanConfig {

    /** Directory of the embedded H2 database files (env MIZAN_DATA_DIR). */
    @WithDefault("./data")
    String dataDir();

    /** Longest article accepted, in characters. */
    @WithDefault("2000000")
    int maxArticleChars();

    /** Claims stated within this many days of each other may be linked. */
    @WithDefault("14")
    int linkWindowDays();
}
