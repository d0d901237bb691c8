package org.mizan.web.article;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application without seeds, on a data directory of its own: the write-path tests count every row. */
public class WritePathProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mizan.load-seeds", "false", "mizan.data-dir", "./target/test-data-writepath");
    }
}
