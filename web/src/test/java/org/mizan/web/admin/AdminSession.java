package org.mizan.web.admin;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in admin browser for RestAssured: the session cookie, and the CSRF cookie with its form token. */
public final class AdminSession {

    public static final String PASSWORD = "test-admin-password";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final String session;
    public String csrfCookie;
    public String csrfToken;

    private AdminSession(String session) {
        this.session = session;
    }

    public static AdminSession login() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", PASSWORD)
                .post("/j_security_check");
        String cookie = response.getCookie("mizan-session");
        if (cookie == null) {
            throw new AssertionError("login failed: " + response.statusCode() + " " + response.headers());
        }
        AdminSession admin = new AdminSession(cookie);
        admin.refreshToken("/admin");
        return admin;
    }

    /** Reads a page as a browser would, keeping its CSRF cookie and token. */
    public String refreshToken(String page) {
        Response response = request().get(page);
        if (response.getCookie("csrf-token") != null) {
            csrfCookie = response.getCookie("csrf-token");
        }
        String html = response.asString();
        Matcher m = TOKEN.matcher(html);
        if (m.find()) {
            csrfToken = m.group(1);
        }
        return html;
    }

    /** With the session and CSRF cookies, no token in the body, redirects not followed. */
    public RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookie("mizan-session", session);
        return csrfCookie == null ? spec : spec.cookie("csrf-token", csrfCookie);
    }

    /** A form POST with the token. */
    public RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfToken);
    }

    /** A multipart POST with the token. */
    public RequestSpecification multipart() {
        return request().contentType("multipart/form-data").multiPart("csrf-token", csrfToken);
    }

    public static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", PASSWORD);
    }
}
