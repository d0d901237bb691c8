package org.mizan.web.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small limits, and a trusted proxy on the loopback address so that each test speaks from its own client
 * address (X-Forwarded-For) and says whether it came over TLS (X-Forwarded-Proto).
 */
public class ThrottledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mizan.data-dir", "./target/test-data-throttled",
                "mizan.security.api-requests-per-minute", "3",
                "mizan.security.api-timeout", "PT0.001S",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
    }
}
