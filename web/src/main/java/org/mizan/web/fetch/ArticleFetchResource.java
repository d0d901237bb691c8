package org.mizan.web.fetch;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.web.admin.AdminAccount;
import org.mizan.web.article.ArticleService;
import org.mizan.web.article.ArticleViews.ArticleDetail;
import org.mizan.web.error.BadInputException;

/** {@code POST /api/articles/fetch}: the admin gives an address, Mizan fetches and stores the article there. */
@Path("/api/articles/fetch")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleFetchResource {

    @Inject
    ArticleIntake intake;
    @Inject
    ArticleService articles;
    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed(AdminAccount.ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fetch a page and store its article (admin): 201 stored, 200 already stored (same address or text),"
            + " 422 no article text or address refused, 502 the site failed, timed out or sent too much")
    public Response fetch(FetchRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new BadInputException(400, "missing body", "Send {\"url\": \"https://...\", \"outlet\": \"optional\"}.");
        }
        ArticleIntake.Intake stored = intake.fetchAndStore(request.url(), request.outlet(), identity.getPrincipal().getName(), "fetch");
        ArticleDetail detail = articles.find(stored.articleId()).map(ArticleDetail::of).orElseThrow(NotFoundException::new);
        if (!stored.created()) {
            return Response.ok(detail).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/articles/{id}").build(stored.articleId())).entity(detail).build();
    }
}
