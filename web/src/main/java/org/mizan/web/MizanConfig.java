package org.mizan.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

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

    /** Whether the seed articles are stored at start-up (tests with their own fixtures turn it off). */
    @WithDefault("true")
    boolean loadSeeds();

    /**
     * The admin account's password (env MIZAN_ADMIN_PASSWORD). Absent outside dev and test unless set:
     * then nobody can log in as admin, and the rest of the application runs as usual.
     */
    Optional<String> adminPassword();

    /** Largest uploaded file accepted by the admin form, in bytes. */
    @WithDefault("4194304")
    int maxUploadFileBytes();

    /** Where readers reach Mizan (env MIZAN_PUBLIC_URL): the base of absolute links, never the Host header. */
    String publicUrl();

    /** Most files accepted in one upload. */
    @WithDefault("50")
    int maxUploadFiles();

    /**
     * Back-pressure: the longest a store, delete or re-analysis waits for its turn (to analyse, then to
     * write) before it is answered 503; below {@code quarkus.http.idle-timeout} with one group commit to spare.
     */
    @WithDefault("15S")
    java.time.Duration writeMaxWait();
}
