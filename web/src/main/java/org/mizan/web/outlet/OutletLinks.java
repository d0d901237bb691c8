package org.mizan.web.outlet;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of an outlet's page: its name is its slug, percent-encoded ({@code {a.outlet.outletHref}} in templates). */
public final class OutletLinks {

    private OutletLinks() {
    }

    @TemplateExtension
    public static String outletHref(String outlet) {
        return "/outlets/" + urlParam(outlet);
    }

    /** A value percent-encoded for a URL (spaces as %20). */
    @TemplateExtension
    public static String urlParam(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
