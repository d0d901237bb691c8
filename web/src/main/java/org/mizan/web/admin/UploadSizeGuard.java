package org.mizan.web.admin;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An upload larger than the HTTP body limit would get a bare 413 from the server; the form gets a page
 * that says why and leads back to it. Judged from Content-Length, before the body is read.
 */
@ApplicationScoped
public class UploadSizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/admin/uploads").order(Integer.MIN_VALUE).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody.asLongValue()) {
                rc.response().setStatusCode(303).putHeader("Location", "/admin?too-large=1").putHeader("Connection", "close").end();
                return;
            }
            rc.next();
        });
    }
}
