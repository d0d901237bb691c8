package org.mizan.web.analyze;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.core.Article;
import org.mizan.ingest.view.AnalysisView;
import org.mizan.web.article.ArticleService;

/** {@code POST /api/analyze}: a pure function of its input, open to anyone, stores nothing. */
@Path("/api/analyze")
public class AnalyzeResource {

    @Inject
    ArticleService articles;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse one article: claims with speakers, dates, polarity and propositions; time expressions")
    public AnalysisView analyze(AnalyzeRequest request) {
        Article article = ArticleRequests.toArticle(request);
        return AnalysisView.of(articles.analyze(article), article.text());
    }
}
