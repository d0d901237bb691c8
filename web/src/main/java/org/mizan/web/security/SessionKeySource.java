package org.mizan.web.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts the admin's session cookie ({@code quarkus.http.auth.session.encryption-key}):
 * {@code mizan.security.session-key} (env MIZAN_SESSION_KEY) when given, else {@value #FILE} in the data directory,
 * made on first start from 32 random bytes and readable by the owner only. Without it Quarkus would make
 * a key per start and print it in the log, where anyone who reads the log could forge an admin cookie.
 * The file is read (or made) only when the key is asked for, at run time, never during the build.
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String FILE = "session.key";
    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue given = context.getValue("mizan.security.session-key");
        ConfigValue dataDir = context.getValue("mizan.data-dir");
        String key = given == null ? null : given.getValue();
        String dir = dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue();
        return List.of(new KeySource(key != null && !key.isBlank() ? key : null, Path.of(dir).resolve(FILE)));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }

    /** Below application.properties (250) and the environment (300): an explicit setting still wins. */
    static final class KeySource implements ConfigSource {
        private final String given;
        private final Path file;
        private volatile String key;

        KeySource(String given, Path file) {
            this.given = given;
            this.file = file;
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            if (given != null) {
                return given;
            }
            if (key == null) {
                synchronized (this) {
                    if (key == null) {
                        key = readOrCreate(file);
                    }
                }
            }
            return key;
        }

        @Override
        public String getName() {
            return "mizan session key (" + (given != null ? "mizan.security.session-key" : file) + ")";
        }

        @Override
        public int getOrdinal() {
            return 150;
        }
    }

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                OwnerOnlyFiles.create(file, Base64.getEncoder().encode(random));
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.length() < 16) {
                throw new IllegalStateException(file + " must hold a session key of at least 16 characters");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key " + file, e);
        }
    }
}
