package org.mizan.web.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Refuses logins (429) for a while once {@code mizan.security.login-failures} failed within the window,
 * from one address or for one account: password guessing gets a handful of tries a minute, not thousands.
 * Failures are counted where passwords are checked ({@code AdminAccount}), for the form and HTTP Basic alike.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    SecuritySettings settings;

    private SlidingWindow failures;

    @PostConstruct
    void init() {
        failures = new SlidingWindow(settings.loginFailures(), settings.loginWindow().toMillis(),
                settings.loginLockout().toMillis(), System::currentTimeMillis);
    }

    /** Milliseconds until a login from {@code address} for {@code account} is heard again; 0 now. */
    public long waitFor(String address, String account) {
        return Math.max(failures.waitFor(addressKey(address)), account == null ? 0 : failures.waitFor(accountKey(account)));
    }

    public void failed(String address, String account) {
        failures.record(addressKey(address));
        if (account != null) {
            failures.record(accountKey(account));
        }
    }

    public void succeeded(String address) {
        failures.forget(addressKey(address));
    }

    /** The sender's address: the peer, or the client a trusted proxy names (quarkus.http.proxy.*). */
    public static String address(RoutingContext rc) {
        if (rc == null || rc.request().remoteAddress() == null) {
            return "unknown";
        }
        return rc.request().remoteAddress().hostAddress();
    }

    private static String addressKey(String address) {
        return "address " + address;
    }

    private static String accountKey(String account) {
        return "account " + account.strip().toLowerCase(Locale.ROOT);
    }
}
