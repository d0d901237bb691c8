package org.mizan.web.pages;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application without the seed articles: page tests store their own fixture instead. */
public class NoSeedsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mizan.load-seeds", "false", "mizan.data-dir", "./target/test-data-pages");
    }
}
