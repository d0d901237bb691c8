package org.mizan.web.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The page language of the current request: Arabic unless the reader chose English, by {@code ?lang=en}
 * once (remembered in the {@value #COOKIE} cookie by {@link LanguageCookieFilter}). Templates read it as
 * {@code {cdi:ui.lang}} and {@code {cdi:ui.dir}}.
 */
@Named("ui")
@RequestScoped
public class UiLanguage {

    public static final String COOKIE = "mizan-lang";
    /** The query parameter by which a reader switches language. */
    public static final String PARAM = "lang";

    @Inject
    HttpServerRequest request;

    private String lang;

    public String lang() {
        if (lang == null) {
            lang = choose(request.getParam(PARAM), request.getCookie(COOKIE) == null ? null : request.getCookie(COOKIE).getValue());
        }
        return lang;
    }

    /** The page language from the {@value #PARAM} parameter if given, else from the remembered cookie value. */
    public static String choose(String asked, String remembered) {
        String chosen = asked != null ? asked : remembered;
        return "en".equals(chosen) ? "en" : "ar";
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    public String dir() {
        return "ar".equals(lang()) ? "rtl" : "ltr";
    }

    /** The same page in the other language. */
    public String switchHref() {
        String href = request.path() + "?lang=" + ("ar".equals(lang()) ? "en" : "ar");
        // A search keeps its words across the switch; no other parameter is carried (pages are cached by path).
        String q = request.getParam("q");
        return q == null ? href : href + "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
