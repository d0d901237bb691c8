package org.mizan.web.fetch;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application allowed to fetch from the test's own loopback site, with short time-outs and a small
 * size limit so the slow and huge pages fail fast; no seed articles.
 */
public class LocalSitesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mizan.fetch.allow-private-addresses", "true",
                "mizan.fetch.read-timeout", "3s",
                "mizan.fetch.deadline", "6s",
                "mizan.fetch.max-bytes", "300000",
                "mizan.load-seeds", "false",
                "mizan.data-dir", "./target/test-data-fetch");
    }
}
