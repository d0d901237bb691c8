package org.mizan.web.error;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Errors answered by the HTTP layer, before Quarkus REST (and its {@link ErrorMappers}) sees the request:
 * the same JSON {@code {"error","detail"}} under /api, a small page elsewhere.
 */
public final class ErrorReplies {

    private ErrorReplies() {
    }

    public static void send(RoutingContext rc, int status, String error, String detail) {
        var response = rc.response();
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(status);
        // The body was not read: left on the connection it would be taken for the next request, so the
        // connection is closed once the answer is out. A client that asked to continue sends no body now.
        boolean unread = !rc.request().isEnded() && !"100-continue".equalsIgnoreCase(rc.request().getHeader("Expect"));
        if (unread) {
            response.putHeader("Connection", "close");
        }
        String body;
        if (isApi(rc.request().path())) {
            response.putHeader("Content-Type", "application/json");
            body = new JsonObject().put("error", error).put("detail", detail).encode();
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8");
            body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + status + "</title></head>"
                    + "<body><h1>" + status + " " + escape(error) + "</h1><p>" + escape(detail) + "</p><p><a href=\"/\">Mizan</a></p></body></html>\n";
        }
        response.end(body).onComplete(done -> {
            if (unread) {
                rc.request().connection().close();
            }
        });
    }

    /** 401 with the Basic challenge: the API's answer to a call without (valid) admin credentials. */
    public static void unauthorized(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "Basic realm=\"Mizan\"");
        send(rc, 401, "unauthorized", "This call needs the admin's HTTP Basic credentials.");
    }

    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
