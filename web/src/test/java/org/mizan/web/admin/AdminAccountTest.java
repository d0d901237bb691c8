package org.mizan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.web.MizanConfig;

class AdminAccountTest {

    static AdminAccount withPassword(String password) {
        AdminAccount account = new AdminAccount();
        account.config = (MizanConfig) Proxy.newProxyInstance(MizanConfig.class.getClassLoader(), new Class<?>[] {MizanConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("adminPassword")) {
                        return Optional.ofNullable(password);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return account;
    }

    @ParameterizedTest(name = "configured {0}: {1}/{2} -> {3}")
    @CsvSource(value = {
            "s3cret-longer, admin, s3cret-longer, true",
            "s3cret-longer, admin, s3cret-longe, false",
            "s3cret-longer, Admin, s3cret-longer, false",
            "s3cret-longer, root, s3cret-longer, false",
            "s3cret-longer, admin, '', false",
            // No password configured (production without MIZAN_ADMIN_PASSWORD): nobody gets in, whatever is sent.
            "NULL, admin, '', false",
            "NULL, admin, NULL, false",
            "'   ', admin, '   ', false",
            // Shorter than 12 characters: the admin stays disabled, even with the right password.
            "s3cret-long, admin, s3cret-long, false",
            "x, admin, x, false"}, nullValues = "NULL")
    void acceptsOnlyTheAdminWithTheConfiguredPassword(String configured, String user, String password, boolean accepted) {
        assertThat(withPassword(configured).accepts(user, password)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(value = {"s3cret-longer, admin, true", "s3cret-longer, root, false", "s3cret, admin, false", "NULL, admin, false"},
            nullValues = "NULL")
    void aSessionStandsOnlyForTheAdminWhileAPasswordIsSet(String configured, String user, boolean accepted) {
        assertThat(withPassword(configured).acceptsSession(user)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(value = {"abcdefghijkl, true", "abcdefghijk, false", "'            ', false", "NULL, false"}, nullValues = "NULL")
    void theAdminIsEnabledOnlyWithAPasswordOfAtLeastTwelveCharacters(String configured, boolean enabled) {
        assertThat(withPassword(configured).enabled()).isEqualTo(enabled);
    }
}
