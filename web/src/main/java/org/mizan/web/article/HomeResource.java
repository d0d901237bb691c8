package org.mizan.web.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.story.StoryService;
import org.mizan.web.story.StoryViews.StorySummary;

/** {@code /}: what Mizan holds, newest first: stories, then articles. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<StorySummary> stories, List<ArticleEntity> articles);
    }

    @Inject
    ArticleService articles;
    @Inject
    StoryService stories;
    @Inject
    UiLanguage ui;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(stories.summaries(20), articles.latest(50)).setLocale(ui.locale());
    }
}
