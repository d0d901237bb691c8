package org.mizan.web.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.i18n.UiLanguage;

/** {@code /articles/{id}}: the original text, right to left, with each claim marked in place. */
@Path("/articles")
public class ArticlePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleEntity article, List<TextSegment> segments);
    }

    @Inject
    ArticleService articles;
    @Inject
    UiLanguage ui;

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance article(@RestPath long id) {
        ArticleEntity article = articles.find(id).orElseThrow(NotFoundException::new);
        return Templates.article(article, TextSegment.of(article)).setLocale(ui.locale());
    }
}
