package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Authorisation in depth: the role is checked by the resource itself, whatever path led there. */
class RoleChecksTest {

    @Test
    void everyAdminAndWriteRouteChecksTheAdminRoleItself() {
        assertThat(ProtectedRoutes.adminOnly()).extracting(Object::toString)
                .contains("POST /admin/articles/{id}/delete (AdminResource.delete)", "DELETE /api/articles/{id} (ArticleApiResource.delete)");
        assertThat(ProtectedRoutes.adminOnly()).filteredOn(r -> !r.checksTheRole()).as("routes without @RolesAllowed(\"admin\")").isEmpty();
    }

    @Test
    void theOpenRoutesAreOnlyReadsTheAnalysesAndLogout() {
        assertThat(ProtectedRoutes.all()).filteredOn(r -> !r.adminOnly() && !r.verb().equals("GET"))
                .extracting(r -> r.verb() + " " + r.template())
                .containsExactlyInAnyOrderElementsOf(ProtectedRoutes.OPEN_WRITES);
    }
}
