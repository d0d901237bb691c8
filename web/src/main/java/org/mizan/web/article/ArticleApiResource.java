package org.mizan.web.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.article.ArticleViews.ArticleDetail;
import org.mizan.web.article.ArticleViews.ArticleSummary;

/** The stored articles as JSON: everyone reads. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApiResource {

    @Inject
    ArticleService articles;

    @GET
    public List<ArticleSummary> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return articles.latest(Math.max(1, Math.min(limit, 1000))).stream().map(ArticleSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public ArticleDetail get(@RestPath long id) {
        return articles.find(id).map(ArticleDetail::of).orElseThrow(NotFoundException::new);
    }
}
