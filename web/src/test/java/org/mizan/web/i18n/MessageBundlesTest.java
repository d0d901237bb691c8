package org.mizan.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Arabic bundle (AppMessages) and the English one (msg_en.properties) must offer the same keys. */
class MessageBundlesTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    static Map<String, String> arabic() {
        Map<String, String> out = new TreeMap<>();
        for (Method m : AppMessages.class.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            if (message != null) {
                out.put(m.getName(), message.value());
            }
        }
        return out;
    }

    static Map<String, String> english() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/msg_en.properties")) {
            assertThat(in).as("messages/msg_en.properties on the class path").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> ar = arabic().keySet();
        Set<String> en = english().keySet();
        assertThat(ar).isNotEmpty();
        assertThat(new TreeSet<>(en)).as("English keys missing from AppMessages, or Arabic keys missing from msg_en.properties")
                .isEqualTo(new TreeSet<>(ar));
    }

    @Test
    void everyMessageIsWrittenInBothLanguages() throws IOException {
        Map<String, String> en = english();
        arabic().forEach((key, value) -> {
            assertThat(value).as("Arabic " + key).isNotBlank();
            assertThat(en.get(key)).as("English " + key).isNotNull().isNotEmpty();
        });
    }

    @Test
    void translationsUseTheSameParameters() throws IOException {
        Map<String, String> en = english();
        arabic().forEach((key, value) -> assertThat(params(en.getOrDefault(key, ""))).as(key).isEqualTo(params(value)));
    }

    @Test
    void everyMessageMethodIsAnnotated() {
        assertThat(Arrays.stream(AppMessages.class.getDeclaredMethods())
                .filter(m -> m.getAnnotation(Message.class) == null).map(Method::getName).toList())
                .as("methods without @Message have no Arabic text").isEmpty();
    }

    private static Set<String> params(String message) {
        Matcher m = PARAM.matcher(message);
        return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
