package org.mizan.web.story;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.i18n.UiLanguage;

/**
 * {@code /stories/{id}}: the comparison — who said what about each proposition, when, and where they
 * clash. A page already rendered is answered on the I/O thread straight from {@link StoryPageCache}; only
 * a miss goes to a worker thread, where the database is read and the template rendered.
 */
@Path("/stories")
public class StoryPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance story(StoryComparison story);
    }

    @Inject
    StoryService stories;
    @Inject
    UiLanguage ui;
    @Inject
    StoryPageCache cache;

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Uni<byte[]> story(@RestPath long id) {
        String lang = ui.lang();
        byte[] cached = cache.cached(id, lang);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return Uni.createFrom().item(() -> cache.page(id, lang, () -> render(id)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private String render(long id) {
        return Templates.story(stories.comparison(id).orElseThrow(NotFoundException::new)).setLocale(ui.locale()).render();
    }
}
