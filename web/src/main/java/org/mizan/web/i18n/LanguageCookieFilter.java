package org.mizan.web.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a reader's explicit language choice ({@code ?lang=ar|en}) for the following pages. */
public class LanguageCookieFilter {

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String lang = request.getUriInfo().getQueryParameters().getFirst(UiLanguage.PARAM);
        if ("ar".equals(lang) || "en".equals(lang)) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(UiLanguage.COOKIE).value(lang).path("/")
                    .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
