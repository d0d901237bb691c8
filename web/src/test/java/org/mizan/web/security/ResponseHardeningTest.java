package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseHardeningTest {

    @Test
    void redirectsToTheNamedHostBecomeRelative() {
        assertThat(ResponseHardening.sameOriginRelative("http://evil.example/admin", "evil.example")).isEqualTo("/admin");
        assertThat(ResponseHardening.sameOriginRelative("https://evil.example:8443/login?error=true", "evil.example:8443"))
                .isEqualTo("/login?error=true");
        assertThat(ResponseHardening.sameOriginRelative("http://evil.example", "EVIL.example")).isEqualTo("/");
        assertThat(ResponseHardening.sameOriginRelative("/admin", "evil.example")).isEqualTo("/admin");
        assertThat(ResponseHardening.sameOriginRelative("https://other.example/x", "evil.example")).isEqualTo("https://other.example/x");
    }

    @Test
    void cookiesGetSameSiteStrictUnlessTheySayOtherwiseAndSecureOnTls() {
        assertThat(ResponseHardening.harden("a=b; Path=/; HttpOnly", false)).isEqualTo("a=b; Path=/; HttpOnly; SameSite=Strict");
        assertThat(ResponseHardening.harden("a=b; SameSite=Lax", false)).isEqualTo("a=b; SameSite=Lax");
        assertThat(ResponseHardening.harden("a=b; Path=/", true)).isEqualTo("a=b; Path=/; SameSite=Strict; Secure");
        assertThat(ResponseHardening.harden("a=b; Secure; SameSite=Strict", true)).isEqualTo("a=b; Secure; SameSite=Strict");
        assertThat(ResponseHardening.harden("secure=b; SameSite=Lax", true)).endsWith("; Secure");
    }
}
