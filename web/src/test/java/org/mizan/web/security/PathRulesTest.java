package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin", "/admin/audit", "/admin/articles/12/delete", "/api/articles/3", "/claims/7.jsonld",
            "/css/mizan.css", "/speakers/%D8%A8", "/outlets/%D9%86%20%D8%A8", "/q/health/live", "/administration-notes", "/login",
            // A trailing slash: the policy (/admin/*) and the router both read it as the admin.
            "/admin/"})
    void canonicalPathsPass(String path) {
        assertThat(PathRules.problem(path)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin;x/audit", "/admin/audit;x", "/admin;/audit", "/admin%2Faudit", "/admin%2faudit",
            "/admin%5Caudit", "/admin%3Bx/audit", "/%61dmin/audit", "/admin/%2e%2e/admin", "/admin/audit%00", "/admin/%zz", "/admin/audit%7F", "/admin%2D/audit",
            "/admin/%2", "//admin/audit", "/admin//audit", "/admin/./audit", "/admin/../admin/audit",
            "/admin./audit", "/admin/audit.", "/admin\\audit", "/Admin/audit", "/ADMIN", "/API/articles", "/J_SECURITY_CHECK",
            "admin/audit", ""})
    void ambiguousPathsAreRefused(String path) {
        assertThat(PathRules.problem(path)).as(path).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%D8%A8", "a=1&b=%20", "lang=en"})
    void wellEncodedQueriesPass(String query) {
        assertThat(PathRules.queryProblem(query)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=%4"})
    void brokenQueryEncodingIsRefused(String query) {
        assertThat(PathRules.queryProblem(query)).isPresent();
    }
}
