package org.mizan.web.security;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A request sent byte for byte over a socket, as an attacker would: RestAssured and every HTTP client
 * normalise paths and fix malformed headers before sending. No answer within the timeout fails the test.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, lines joined by CRLF; the blank line is added) and {@code body}. */
    static Answer send(String head, String body) {
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String request = head + "\r\nConnection: close\r\n"
                + (body == null ? "" : "Content-Length: " + bodyBytes.length + "\r\n") + "\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.write(bodyBytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head2 = split < 0 ? text : text.substring(0, split);
            String[] statusLine = head2.split(" ", 3);
            if (statusLine.length < 2) {
                throw new AssertionError("no HTTP answer to " + head.lines().findFirst().orElse("") + ": [" + text + "]");
            }
            return new Answer(Integer.parseInt(statusLine[1]), head2, split < 0 ? "" : text.substring(split + 4));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 10 s (a hang) to " + head.lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer get(String rawPath, String... headers) {
        return send("GET " + rawPath + " HTTP/1.1\r\nHost: localhost" + joined(headers), null);
    }

    static String joined(String... headers) {
        StringBuilder out = new StringBuilder();
        for (String h : headers) {
            out.append("\r\n").append(h);
        }
        return out.toString();
    }
}
