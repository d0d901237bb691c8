package org.mizan.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.MizanConfig;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleService;
import org.mizan.web.i18n.AppMessages;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.security.SessionRegistry;

/**
 * The admin pages: the upload form with its preview and summary, the stored articles with delete and
 * re-analyse, the audit log. Only the admin gets here: the path policy (form login, see application.properties)
 * and, whatever the path looked like, the role checked on every method here; every
 * POST carries the CSRF token and answers 303, except a form with errors, shown again with them.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminAccount.ROLE)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(UploadForm form, int maxFiles, int maxFileMegabytes, long maxRequestBytes,
                                                  int maxRequestMegabytes);

        static native TemplateInstance uploadStatus(Upload upload);

        static native TemplateInstance articles(List<ArticleEntity> articles, String done);

        static native TemplateInstance audit(List<AuditEntryEntity> entries);
    }

    static final String PASTED = "pasted text";

    @Inject
    UploadStore uploads;
    @Inject
    CorpusAdmin corpus;
    @Inject
    ArticleService articles;
    @Inject
    AuditLog audit;
    @Inject
    MizanConfig config;
    @Inject
    SecurityIdentity identity;
    @Inject
    UiLanguage ui;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    private final UploadDecoder decoder = new UploadDecoder();

    @GET
    public TemplateInstance form(@QueryParam("too-large") String tooLarge) {
        UploadForm form = tooLarge == null ? UploadForm.empty()
                : UploadForm.empty().withError("files", messages().upload_error_request_too_large(megabytes(maxBody.asLongValue())));
        return page(uploadPage(form));
    }

    @POST
    @Path("uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String text, @RestForm String title, @RestForm String outlet,
                           @RestForm String url, @RestForm String publishedOn, @RestForm("files") List<FileUpload> files) {
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank())).toList();
        UploadForm form = UploadForm.check(text, title, outlet, url, publishedOn, chosen.size(), config.maxUploadFiles(), messages());
        if (!form.valid()) {
            return Response.status(422).entity(page(uploadPage(form))).build();
        }
        boolean alone = chosen.size() + (form.text().isBlank() ? 0 : 1) == 1;
        List<UploadItem> items = new ArrayList<>();
        if (!form.text().isBlank()) {
            items.add(UploadItem.of(PASTED, form.text().getBytes(StandardCharsets.UTF_8).length, form.article(form.text(), alone), null));
        }
        for (FileUpload file : chosen) {
            items.add(read(file, form, alone));
        }
        Upload upload = uploads.submit(actor(), items);
        return seeOther("/admin/uploads/" + upload.id());
    }

    @GET
    @Path("uploads/{id}")
    public Response uploadStatus(@RestPath String id) {
        Upload upload = uploads.find(id).orElseThrow(NotFoundException::new);
        Response.ResponseBuilder response = Response.ok(page(Templates.uploadStatus(upload)));
        // Progress without JavaScript: the browser asks again until the analysis is done.
        return (upload.analysing() ? response.header("Refresh", "2") : response).build();
    }

    @POST
    @Path("uploads/{id}/save")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response save(@RestPath String id) {
        Upload upload = uploads.find(id).orElseThrow(NotFoundException::new);
        uploads.save(upload, actor());
        return seeOther("/admin/uploads/" + upload.id());
    }

    @GET
    @Path("articles")
    public TemplateInstance articles(@QueryParam("done") String done) {
        String shown = done == null ? null : switch (done) {
            case "deleted", "reanalysed", "missing" -> done;
            default -> null;
        };
        return page(Templates.articles(articles.latest(1000), shown));
    }

    @POST
    @Path("articles/{id}/delete")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response delete(@RestPath long id) {
        return seeOther("/admin/articles?done=" + (corpus.delete(id, actor()) ? "deleted" : "missing"));
    }

    @POST
    @Path("articles/{id}/reanalyse")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response reanalyse(@RestPath long id) {
        return seeOther("/admin/articles?done=" + (corpus.reanalyse(id, actor()).isPresent() ? "reanalysed" : "missing"));
    }

    @GET
    @Path("audit")
    public TemplateInstance audit() {
        return page(Templates.audit(audit.latest(500)));
    }

    /** One file to an item: refused here when it is no text article, else decoded and waiting for analysis. */
    private UploadItem read(FileUpload file, UploadForm form, boolean alone) {
        String name = file.fileName() == null || file.fileName().isBlank() ? "?" : file.fileName();
        long size = file.size();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm"))) {
            return UploadItem.refused(name, size, "wrong-type", "Only .txt and .html files are accepted.");
        }
        if (size > config.maxUploadFileBytes()) {
            return UploadItem.refused(name, size, "too-large",
                    "The file has " + size + " bytes; the limit is " + config.maxUploadFileBytes() + " bytes per file.");
        }
        try {
            UploadDecoder.Decoded decoded = decoder.decode(Files.readAllBytes(file.uploadedFile()));
            return UploadItem.of(name, size, form.article(decoded.text(), alone), decoded.guessed() ? decoded.encoding() : null);
        } catch (RejectedInputException e) {
            return UploadItem.refused(name, size, UploadStore.reasonOf(e), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance uploadPage(UploadForm form) {
        return Templates.upload(form, config.maxUploadFiles(), megabytes(config.maxUploadFileBytes()), maxBody.asLongValue(),
                megabytes(maxBody.asLongValue()));
    }

    private String actor() {
        return SessionRegistry.user(identity.getPrincipal().getName());
    }

    private AppMessages messages() {
        return "en".equals(ui.lang()) ? MessageBundles.get(AppMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AppMessages.class);
    }

    private TemplateInstance page(TemplateInstance template) {
        return template.setLocale(ui.locale());
    }

    private static int megabytes(long bytes) {
        return (int) Math.max(1, bytes / (1024 * 1024));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
