package org.mizan.web.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.web.i18n.UiLanguage;

/** {@code /methodology}: how Mizan's machine suggestions and its editors' reviews are made. */
@Path("/methodology")
public class MethodologyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance methodology();
    }

    @Inject
    UiLanguage ui;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public TemplateInstance page() {
        return Templates.methodology().setLocale(ui.locale());
    }
}
