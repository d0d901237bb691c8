package org.mizan.web.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.RestResponse;
import org.mizan.web.pagecache.ReaderPageCache;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;
import org.mizan.web.i18n.UiLanguage;

/** {@code /articles/{id}}: the original text, right to left, with each claim marked in place. */
@Path("/articles")
public class ArticlePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleEntity article, List<TextSegment> segments);

        static native TemplateInstance articles(Slice<ArticleCard> articles);
    }

    static final int PAGE = 30;

    @Inject
    ArticleService articles;
    @Inject
    UiLanguage ui;
    @Inject
    ReaderPageCache pages;
    @Inject
    ArticleLists lists;

    /** {@code /articles}: every stored article, newest first, a page at a time. */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Transactional
    public RestResponse<Buffer> articles(@RestQuery String cursor, @Context HttpServerRequest request) {
        Cursor from = Cursor.decode(cursor, 2);
        return pages.answer(request, () -> Templates.articles(lists.cards(null, from, PAGE)).setLocale(ui.locale()).render());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Transactional
    public RestResponse<Buffer> article(@RestPath long id, @Context HttpServerRequest request) {
        return pages.answer(request, () -> render(id));
    }

    private String render(long id) {
        ArticleEntity article = articles.find(id).orElseThrow(NotFoundException::new);
        // The claims with their speakers in one read (the template shows each claim's speaker).
        ArticleEntity.getEntityManager().createQuery("select c from ClaimEntity c join fetch c.speaker where c.article.id = :id",
                org.mizan.web.claim.ClaimEntity.class).setParameter("id", id).getResultList();
        return Templates.article(article, TextSegment.of(article)).setLocale(ui.locale()).render();
    }
}
