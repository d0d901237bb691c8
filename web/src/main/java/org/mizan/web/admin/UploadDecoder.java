package org.mizan.web.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.mizan.ingest.RejectedInputException;
import org.mizan.ingest.RejectedInputException.Reason;

/**
 * Turns an uploaded file's bytes into text, or refuses it with a reason. Files are bytes: UTF-8 is
 * decoded strictly; a byte-order mark says UTF-16 (or UTF-8); Windows-1256, still common for Arabic, is
 * accepted only when it yields Arabic prose. Images, archives, PDF and other binary files are refused,
 * and so is anything empty. Whether the text is HTML is the pipeline's business, not this class's.
 */
public final class UploadDecoder {

    /** The text, the encoding it was read in, and whether that encoding was a guess worth reporting. */
    public record Decoded(String text, String encoding, boolean guessed) {
    }

    /** Tags are Latin whatever the page's language: they are left out when judging the language. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[^<>]*>");

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** Share of letters that must be Arabic for a Windows-1256 reading to count as right. */
    static final double MIN_ARABIC_LETTER_SHARE = 0.6;
    /** Control characters other than white space beyond this share of the text mean a binary file. */
    static final double MAX_CONTROL_SHARE = 0.01;

    private record Magic(byte[] prefix, String kind) {
        boolean matches(byte[] bytes) {
            return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    private static final List<Magic> BINARY_KINDS = List.of(
            magic("%PDF", "a PDF document"),
            magic("PK\u0003\u0004", "a ZIP archive (or a Word/OpenDocument file)"),
            magic("\u0089PNG", "a PNG image"),
            magic("GIF8", "a GIF image"),
            magic("\u00FF\u00D8\u00FF", "a JPEG image"),
            magic("RIFF", "a RIFF media file (WebP, WAV, AVI)"),
            magic("\u001F\u008B", "a gzip archive"),
            magic("\u00D0\u00CF\u0011\u00E0", "an old Microsoft Office document"),
            magic("7z\u00BC\u00AF", "a 7-Zip archive"),
            magic("Rar!", "a RAR archive"),
            magic("\u007FELF", "a program"));

    private static Magic magic(String latin1, String kind) {
        return new Magic(latin1.getBytes(StandardCharsets.ISO_8859_1), kind);
    }

    public Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RejectedInputException(Reason.EMPTY, "The file is empty.");
        }
        Decoded decoded = readText(bytes);
        if (decoded.text().isBlank()) {
            throw new RejectedInputException(Reason.EMPTY, "The file holds only white space.");
        }
        if (controlShare(decoded.text()) > MAX_CONTROL_SHARE) {
            throw new RejectedInputException(Reason.BINARY, "The file holds control characters: it is not a text file.");
        }
        return decoded;
    }

    private Decoded readText(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        for (Magic m : BINARY_KINDS) {
            if (m.matches(bytes)) {
                throw new RejectedInputException(Reason.BINARY, "The file is " + m.kind() + ", not text. Upload .txt or .html.");
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new RejectedInputException(Reason.BINARY,
                        "The file contains NUL bytes: it is binary, or UTF-16 without a byte-order mark. Save it as UTF-8.");
            }
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8", false);
        } catch (CharacterCodingException notUtf8) {
            return windows1256(bytes);
        }
    }

    /** Windows-1256 defines almost every byte, so decoding alone proves nothing: the result must read as Arabic. */
    private Decoded windows1256(byte[] bytes) {
        String text;
        try {
            text = decoder(WINDOWS_1256).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = null;
        }
        if (text == null || arabicLetterShare(MARKUP.matcher(text).replaceAll(" ")) < MIN_ARABIC_LETTER_SHARE) {
            throw new RejectedInputException(Reason.NOT_TEXT,
                    "The file is neither UTF-8 nor Arabic in Windows-1256; save it as UTF-8 and upload it again.");
        }
        return new Decoded(text, "windows-1256", true);
    }

    private static Decoded strict(byte[] bytes, int skip, Charset charset, String name) {
        try {
            String text = decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, name, false);
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(Reason.NOT_TEXT,
                    "The file starts with a " + name + " byte-order mark but is not valid " + name + ".");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static double arabicLetterShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }
}
