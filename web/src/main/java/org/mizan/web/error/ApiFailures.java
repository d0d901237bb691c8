package org.mizan.web.error;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * API failures that happen in the HTTP layer, outside Quarkus REST: authentication (401, with the Basic
 * challenge), a body over the size limit (413), an undecodable query (400). They get the same JSON body
 * as every other API error instead of an empty one. Server errors are left to Quarkus, which logs them.
 */
@ApplicationScoped
public class ApiFailures {

    void install(@Observes Router router) {
        // Every route, path checked inside: a path or query the router cannot parse matches no "/api/*" route.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext rc) {
        if (!ErrorReplies.isApi(rc.request().path())) {
            rc.next();
            return;
        }
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ErrorReplies.unauthorized(rc);
            return;
        }
        if (failure instanceof ForbiddenException) {
            ErrorReplies.send(rc, 403, "forbidden", "This call is for the admin only.");
            return;
        }
        int status = rc.statusCode();
        if (status >= 400 && status < 500) {
            String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
            ErrorReplies.send(rc, status, reason.toLowerCase(java.util.Locale.ROOT),
                    status == 413 ? "The request body is larger than the server accepts." : reason + ".");
            return;
        }
        rc.next();
    }
}
