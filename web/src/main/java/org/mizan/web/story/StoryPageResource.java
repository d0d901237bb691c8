package org.mizan.web.story;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.i18n.UiLanguage;

/** {@code /stories/{id}}: the comparison — who said what about each proposition, when, and where they clash. */
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
    @Produces(MediaType.TEXT_HTML)
    public String story(@RestPath long id) {
        return cache.page(id, ui.lang(), () -> Templates.story(stories.comparison(id).orElseThrow(NotFoundException::new))
                .setLocale(ui.locale()).render());
    }
}
