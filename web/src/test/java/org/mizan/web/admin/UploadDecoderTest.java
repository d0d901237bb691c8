package org.mizan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.ingest.RejectedInputException;
import org.mizan.ingest.RejectedInputException.Reason;

class UploadDecoderTest {

    static final String ARABIC = "قال رئيس الوزراء إن الحكومة لن تتراجع عن قرارها.";
    final UploadDecoder decoder = new UploadDecoder();

    @Test
    void readsUtf8AsItIs() {
        UploadDecoder.Decoded d = decoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.guessed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"EFBBBF, UTF-8, UTF-8", "FFFE, UTF-16LE, UTF-16LE", "FEFF, UTF-16BE, UTF-16BE"})
    void followsAByteOrderMarkAndDropsIt(String bomHex, String charset, String expected) {
        byte[] bom = HexFormat.of().parseHex(bomHex);
        byte[] body = ARABIC.getBytes(Charset.forName(charset));
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        UploadDecoder.Decoded d = decoder.decode(bytes);
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.encoding()).isEqualTo(expected);
    }

    @Test
    void acceptsArabicInWindows1256AndSaysSo() {
        UploadDecoder.Decoded d = decoder.decode(ARABIC.getBytes(UploadDecoder.WINDOWS_1256));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.encoding()).isEqualTo("windows-1256");
        assertThat(d.guessed()).isTrue();
    }

    @Test
    void judgesAWindows1256PageByItsTextNotItsTags() {
        String html = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><div class=\"article-body\"><p>"
                + ARABIC + "</p></div></body></html>";
        assertThat(decoder.decode(html.getBytes(UploadDecoder.WINDOWS_1256)).encoding()).isEqualTo("windows-1256");
    }

    @Test
    void refusesLatinTextThatIsNotUtf8() {
        byte[] latin1 = "Le ministre a déclaré que l'accord était signé à Genève, où il était présent.".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode(latin1)).isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(Reason.NOT_TEXT))
                .hasMessageContaining("UTF-8");
    }

    @ParameterizedTest
    @CsvSource({
            "255044462D312E340A, PDF",
            "504B030414000000, ZIP",
            "89504E470D0A1A0A, PNG",
            "FFD8FFE000104A46, JPEG",
            "4749463839610100, GIF",
            "1F8B080000000000, gzip",
            "D0CF11E0A1B11AE1, Office"})
    void refusesBinaryFilesByTheirSignature(String hex, String kind) {
        byte[] bytes = HexFormat.of().parseHex(hex + "00112233445566778899");
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(Reason.BINARY))
                .hasMessageContaining(kind);
    }

    @Test
    void refusesNulBytesWithoutAByteOrderMark() {
        byte[] bytes = ARABIC.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(Reason.BINARY));
    }

    @Test
    void refusesControlCharacters() {
        byte[] bytes = (ARABIC + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(Reason.BINARY));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   \n\t  '", "'\uFEFF'"}, quoteCharacter = '\'')
    void refusesEmptyFiles(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void refusesAByteOrderMarkFollowedByInvalidBytes() {
        byte[] bytes = HexFormat.of().parseHex("EFBBBFC3283A");
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(Reason.NOT_TEXT));
    }
}
