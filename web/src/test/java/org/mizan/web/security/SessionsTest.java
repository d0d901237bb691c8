package org.mizan.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;

@QuarkusTest
class SessionsTest {

    static final long YEAR_2100 = 4_102_444_800_000L;

    static Path dataDir() {
        return Path.of(ConfigProvider.getConfig().getValue("mizan.data-dir", String.class));
    }

    static String key() throws Exception {
        return Files.readString(dataDir().resolve(SessionKeySource.FILE)).strip();
    }

    @Test
    void theCookieKeyIsMadeOnceInTheDataDirectoryReadableByTheOwnerOnly() throws Exception {
        Path file = dataDir().resolve(SessionKeySource.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(key()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ConfigProvider.getConfig().getValue(SessionKeySource.PROPERTY, String.class)).isEqualTo(key());
        assertThat(SessionKeySource.readOrCreate(file)).as("kept, not made anew").isEqualTo(key());
    }

    @Test
    void logoutEndsTheSessionOnTheServerNotOnlyInTheBrowser() {
        AdminSession admin = AdminSession.login();
        admin.request().get("/admin/audit").then().statusCode(200);
        admin.form().post("/logout").then().statusCode(303);
        Response replayed = admin.request().get("/admin/audit");
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.header("Location")).isEqualTo("/login");
    }

    @Test
    void aCookieMadeWithTheKeyStandsOnlyForALiveSession() throws Exception {
        AdminSession admin = AdminSession.login();
        String name = decrypt(admin.session);
        assertThat(name).startsWith("admin/").hasSizeGreaterThan("admin/".length() + 20);
        // The attack: the user name and an expiry in 2100, encrypted with the key.
        assertThat(status(forge(YEAR_2100 + ":admin"))).isEqualTo(302);
        assertThat(status(forge(YEAR_2100 + ":admin/not-a-session"))).isEqualTo(302);
        // The live session, re-sealed: accepted until the session ends (so the forging above was sound).
        String resealed = forge(YEAR_2100 + ":" + name);
        assertThat(status(resealed)).isEqualTo(200);
        admin.form().post("/logout").then().statusCode(303);
        assertThat(status(resealed)).isEqualTo(302);
    }

    @Test
    void theSessionFileIsOwnerOnlyAndHoldsNoSessionId() throws Exception {
        AdminSession admin = AdminSession.login();
        String id = decrypt(admin.session).substring("admin/".length());
        Path file = dataDir().resolve(SessionRegistry.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).isNotBlank().doesNotContain(id);
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteStrict() {
        AdminSession admin = AdminSession.login();
        String csrf = admin.request().get("/admin").headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
        assertThat(csrf).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").doesNotContainIgnoringCase("Secure");
    }

    private static int status(String cookie) {
        return given().redirects().follow(false).cookie("mizan-session", cookie).get("/admin/audit").statusCode();
    }

    /** The session cookie as Quarkus seals it: AES-GCM under SHA-256 of the key, "expiry:name". */
    static String forge(String plain) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey(), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + iv.length + sealed.length)
                .put((byte) iv.length).put(iv).put(sealed).array());
    }

    static String decrypt(String cookie) throws Exception {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(cookie));
        byte[] iv = new byte[buffer.get()];
        buffer.get(iv);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, aesKey(), new GCMParameterSpec(128, iv));
        String plain = new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        return plain.substring(plain.indexOf(':') + 1);
    }

    private static SecretKeySpec aesKey() throws Exception {
        return new SecretKeySpec(Digests.sha256(key()), "AES");
    }
}
