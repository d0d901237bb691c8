package org.mizan.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.mizan.web.MizanConfig;

/**
 * The admin sessions that stand, on the server. The session cookie (encrypted by Quarkus) names
 * {@code user/session-id}; a cookie whose session is not here any more is refused, so logout ends a session
 * for good even if its cookie was copied, and a cookie made with a leaked key still needs a live id.
 * Kept in {@value #FILE} in the data directory (owner-only, ids stored as SHA-256 digests), so sessions
 * survive a restart; each lasts at most {@code mizan.security.session-lifetime}.
 */
@ApplicationScoped
public class SessionRegistry {

    static final String FILE = "sessions";
    static final char SEPARATOR = '/';
    /** Most sessions kept at once; the oldest goes first. One admin needs a handful of browsers at most. */
    static final int MAX_SESSIONS = 20;

    private static final Logger LOG = Logger.getLogger(SessionRegistry.class);

    @Inject
    MizanConfig config;
    @Inject
    SecuritySettings settings;

    private final SecureRandom random = new SecureRandom();
    /** Digest of the id to its end, oldest first. */
    private final Map<String, Long> live = new LinkedHashMap<>();
    private Path file;

    @PostConstruct
    void load() {
        file = Path.of(config.dataDir()).resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[1].matches("\\d{1,19}")) {
                    live.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        } catch (IOException e) {
            LOG.warn("admin sessions could not be read; every admin logs in again: " + e.getMessage());
        }
    }

    /** A new session for {@code user}; the name to keep in its cookie. */
    public synchronized String open(String user) {
        byte[] id = new byte[24];
        random.nextBytes(id);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = System.currentTimeMillis();
        live.values().removeIf(end -> end <= now);
        while (live.size() >= MAX_SESSIONS) {
            live.remove(live.keySet().iterator().next());
        }
        live.put(digest(sessionId), now + settings.sessionLifetime().toMillis());
        save();
        return user + SEPARATOR + sessionId;
    }

    /** Whether the session a cookie names still stands. */
    public synchronized boolean isLive(String cookieName) {
        String id = sessionId(cookieName);
        Long end = id == null ? null : live.get(digest(id));
        return end != null && end > System.currentTimeMillis();
    }

    /** Ends the session a cookie names (logout). */
    public synchronized void close(String cookieName) {
        String id = sessionId(cookieName);
        if (id != null && live.remove(digest(id)) != null) {
            save();
        }
    }

    /** The user a session cookie names, without the session id (for display and the audit log). */
    public static String user(String cookieName) {
        int at = cookieName.indexOf(SEPARATOR);
        return at < 0 ? cookieName : cookieName.substring(0, at);
    }

    private static String sessionId(String cookieName) {
        int at = cookieName == null ? -1 : cookieName.indexOf(SEPARATOR);
        return at < 0 || at == cookieName.length() - 1 ? null : cookieName.substring(at + 1);
    }

    private void save() {
        StringBuilder out = new StringBuilder();
        live.forEach((digest, end) -> out.append(digest).append(' ').append(end).append('\n'));
        try {
            OwnerOnlyFiles.write(file, out.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin sessions in " + file, e);
        }
    }

    private static String digest(String id) {
        return HexFormat.of().formatHex(Digests.sha256(id));
    }
}
