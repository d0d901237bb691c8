package org.mizan.web.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.web.admin.UploadDecoder;

/**
 * Decodes a fetched page: by the charset of the HTTP Content-Type header, else the one the page declares
 * in a {@code <meta>} (or an XML declaration), else as an uploaded file is read — byte-order mark, strict
 * UTF-8, then Windows-1256 when that yields Arabic ({@link UploadDecoder}). A declared charset Java does
 * not know is ignored, so the detection still decides.
 */
final class PageCharset {

    /** The declaration must be in the head: only this many leading bytes are searched. */
    static final int SNIFF_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})");

    private PageCharset() {
    }

    static String decode(byte[] body, String contentType) {
        Charset declared = contentType == null ? null : charset(HEADER_CHARSET.matcher(contentType));
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            declared = charset(META_CHARSET.matcher(head));
        }
        if (declared != null) {
            String text = new String(body, declared);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        return new UploadDecoder().decode(body).text();
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        try {
            // HTML's rule: a page that says iso-8859-1 (or ascii) is read as windows-1252.
            return name.equals("iso-8859-1") || name.equals("us-ascii") ? Charset.forName("windows-1252") : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
