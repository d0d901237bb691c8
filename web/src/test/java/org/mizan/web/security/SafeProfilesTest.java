package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * No profile may drop or recreate the database that holds the articles (data-dir/mizan): a setting that
 * drops or cleans a schema belongs to the test profile alone, whose database is its own file.
 */
class SafeProfilesTest {

    static Properties application() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SafeProfilesTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void onlyTheTestProfileDropsOrCleansAndItsDatabaseIsNotTheArticlesOne() throws IOException {
        Properties p = application();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name).toLowerCase();
            boolean destroys = (name.endsWith("schema-management.strategy") || name.endsWith("database.generation"))
                    && value.contains("drop")
                    || name.endsWith("clean-at-start") && value.equals("true");
            if (destroys) {
                assertThat(name).as("a destructive setting outside the test profile").startsWith("%test.");
            }
        }
        String testUrl = p.getProperty("%test.quarkus.datasource.jdbc.url");
        assertThat(testUrl).as("the test profile's own database file").isNotNull().contains("/mizan-test;");
        assertThat(p.getProperty("quarkus.datasource.jdbc.url")).contains("/mizan;");
    }
}
