package org.mizan.web.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.article.WriterBusyException;

/**
 * The one place where failures become responses: JSON {@code {"error","detail"}} under /api, the error
 * page everywhere else. Bad input is a 4xx with a reason; only our own bugs are a 500.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String error, String detail);
    }

    @ServerExceptionMapper
    public Response badInput(BadInputException e, UriInfo uri) {
        return respond(uri, e.status(), e.getMessage(), e.detail());
    }

    @ServerExceptionMapper
    public Response rejected(RejectedInputException e, UriInfo uri) {
        int status = switch (e.reason()) {
            case TOO_LARGE -> 413;
            case BINARY, NOT_TEXT -> 415;
            case EMPTY -> 422;
        };
        return respond(uri, status, "article rejected: " + e.reason().name().toLowerCase().replace('_', ' '), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, 400, "malformed JSON", e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, 404, "not found", "Nothing here: " + uri.getPath());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return respond(uri, 405, "method not allowed", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return respond(uri, 415, "unsupported media type", "Send application/json (API) or a form (pages).");
    }

    @ServerExceptionMapper(priority = 5000)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 302 || status == 303 || status == 401 || status == 403) {
            return e.getResponse();
        }
        // Quarkus REST reports a body Jackson cannot read as a plain 400 wrapping the parser's exception.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json, uri);
            }
        }
        return respond(uri, status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
    }

    /** Quarkus REST reports a truncated or garbled multipart body as an IOException; it is the sender's. */
    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri) {
        if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("multipart")) {
            return respond(uri, 400, "malformed form", "The multipart form could not be read: " + e.getMessage());
        }
        return unexpected(e, uri);
    }

    /** Back-pressure from the writer: nothing was stored, the client may send it again shortly. */
    @ServerExceptionMapper
    public Response writerBusy(WriterBusyException e, UriInfo uri) {
        return busy(uri, e.getMessage());
    }

    @ServerExceptionMapper(priority = 6000)
    public Response unexpected(Exception e, UriInfo uri) {
        if (waitedForConnection(e)) {
            // More readers than the pool serves in its acquisition timeout: the server is busy, not broken.
            return busy(uri, "Too many requests at once; try again in a moment.");
        }
        LOG.error("unexpected failure at " + uri.getPath(), e);
        return respond(uri, 500, "internal error", "Something went wrong on our side; nothing was stored.");
    }

    private static Response busy(UriInfo uri, String detail) {
        return Response.fromResponse(respond(uri, 503, "busy", detail)).header("Retry-After", "2").build();
    }

    /** Whether the failure is the connection pool's acquisition timeout (Agroal), however wrapped. */
    static boolean waitedForConnection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException && String.valueOf(cause.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static Response respond(UriInfo uri, int status, String error, String detail) {
        if (uri.getPath().startsWith("/api")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(error, detail)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, error, detail)).build();
    }
}
