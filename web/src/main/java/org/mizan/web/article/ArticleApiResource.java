package org.mizan.web.article;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.core.Article;
import org.mizan.web.admin.AdminAccount;
import org.mizan.web.admin.CorpusAdmin;
import org.mizan.web.analyze.AnalyzeRequest;
import org.mizan.web.analyze.ArticleRequests;
import org.mizan.web.error.BadInputException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.article.ArticleViews.ArticleDetail;
import org.mizan.web.article.ArticleViews.ArticleSummary;

/**
 * The stored articles as JSON: everyone reads; the admin (HTTP Basic, see application.properties)
 * stores and deletes — through {@link CorpusAdmin}, so each write is one transaction with its audit entry.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApiResource {

    @Inject
    ArticleService articles;
    @Inject
    CorpusAdmin corpus;
    @Inject
    ArticleLists lists;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Stored articles, newest first, a page at a time",
            description = "Paginated: limit (1-100, default 20) and cursor (the next value of the previous page);"
                    + " the answer is {items, total, next, previous}.")
    public Slice<ArticleSummary> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return lists.summaries(Cursor.decode(cursor, 2), Slice.limit(limit, 20, 100));
    }

    @GET
    @Path("{id}")
    public ArticleDetail get(@RestPath long id) {
        return articles.find(id).map(ArticleDetail::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @RolesAllowed(AdminAccount.ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article (admin): 201 with the stored article, or 200 with the existing one for a text already stored")
    public Response store(AnalyzeRequest request, @Context UriInfo uri) {
        Article article = ArticleRequests.toArticle(request);
        if (article.url() != null && !article.url().matches("(?i)https?://\\S+")) {
            throw new BadInputException(422, "bad url", "url must be an http:// or https:// address.");
        }
        CorpusAdmin.Outcome outcome = corpus.store(article, null, identity.getPrincipal().getName(), "api");
        ArticleDetail detail = articles.find(outcome.articleId()).map(ArticleDetail::of).orElseThrow(NotFoundException::new);
        if (!outcome.created()) {
            return Response.ok(detail).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/articles/{id}").build(outcome.articleId())).entity(detail).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(AdminAccount.ROLE)
    @Operation(summary = "Delete an article (admin) with its claims and their links; speakers stay")
    public Response delete(@RestPath long id) {
        if (!corpus.delete(id, identity.getPrincipal().getName())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
