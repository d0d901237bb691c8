package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AuditEntryEntity;
import org.mizan.web.article.ArticleEntity;

/**
 * Every admin and write route, with each way of writing its path that a policy matcher and a router might
 * read differently, sent anonymously over a raw socket: never 200, never a hang, nothing changed.
 */
@QuarkusTest
class PathVariantsTest {

    /** The ways one path can be spelled: {@code path} is canonical, starting with "/". */
    static List<String> variants(String path) {
        List<String> out = new ArrayList<>();
        String[] segments = path.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            out.add(replaceSegment(segments, i, segments[i] + ";x"));
            out.add(replaceSegment(segments, i, segments[i] + "."));
            out.add(replaceSegment(segments, i, segments[i].toUpperCase(Locale.ROOT)));
        }
        out.add(path + ";jsessionid=1");
        out.add("/" + path);
        out.add(path.replaceFirst("/", "//"));
        out.add(path.replace("/", "%2F").replaceFirst("%2F", "/"));
        out.add(path.replace("/", "%2f").replaceFirst("%2f", "/"));
        out.add("/" + "%" + Integer.toHexString(path.charAt(1)) + path.substring(2));
        out.add("/./" + path.substring(1));
        out.add("/x/.." + path);
        out.add("/x/%2e%2e" + path);
        return out;
    }

    private static String replaceSegment(String[] segments, int i, String replacement) {
        String[] copy = segments.clone();
        copy[i] = replacement;
        return "/" + String.join("/", copy);
    }

    @Test
    void noVariantOfAnAdminOrWriteRouteAnswersAnAnonymousCaller() {
        long articles = ArticleEntity.count();
        long audit = AuditEntryEntity.count();
        String someArticle = String.valueOf(ArticleEntity.<ArticleEntity>findAll().firstResult().id);
        List<String> answered = new ArrayList<>();
        int sent = 0;
        for (ProtectedRoutes.Route route : ProtectedRoutes.adminOnly()) {
            String canonical = route.path(someArticle);
            List<String> paths = new ArrayList<>(variants(canonical));
            paths.add(canonical);
            for (String path : paths) {
                String body = route.verb().equals("GET") ? null : "x=y";
                String type = body == null ? "" : "\r\nContent-Type: application/x-www-form-urlencoded";
                RawHttp.Answer answer = RawHttp.send(route.verb() + " " + path + " HTTP/1.1\r\nHost: localhost" + type, body);
                sent++;
                if (!List.of(302, 401, 404).contains(answer.status())
                        || (answer.status() == 302 && !"/login".equals(answer.header("Location")))) {
                    answered.add(route.verb() + " " + path + " -> " + answer.status() + " " + answer.header("Location"));
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
        assertThat(answered).as("variants not refused with 401, 404 or a redirect to the login").isEmpty();
        assertThat(ArticleEntity.count()).isEqualTo(articles);
        assertThat(AuditEntryEntity.count()).isEqualTo(audit);
    }

    @Test
    void theMatrixParameterWayIntoTheAuditLogIsClosed() {
        RawHttp.Answer matrix = RawHttp.get("/admin;x/audit");
        assertThat(matrix.status()).isEqualTo(404);
        assertThat(matrix.body()).doesNotContain("<table");
        assertThat(RawHttp.get("/admin/audit;x").status()).as("answered, not left hanging").isEqualTo(404);
        assertThat(RawHttp.get("/admin;x").body()).doesNotContain("csrf-token");
        assertThat(RawHttp.get("/admin\\audit").status()).isEqualTo(400);
    }

    @Test
    void aNonCanonicalApiPathGetsTheJsonErrorBody() {
        RawHttp.Answer answer = RawHttp.get("/api/articles;x");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\":\"not found\"").contains("\"detail\":\"Paths take no matrix parameters");
    }
}
