package org.mizan.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each Arabic bundle (AppMessages, AdminMessages) and its English file must offer the same keys. */
class MessageBundlesTest {

    /** Every bundle with its English file. */
    static final List<Bundle> BUNDLES = List.of(new Bundle(AppMessages.class, "/messages/msg_en.properties"),
            new Bundle(AdminMessages.class, "/messages/adm_en.properties"),
            new Bundle(StoryMessages.class, "/messages/sto_en.properties"),
            new Bundle(ReviewMessages.class, "/messages/rev_en.properties"));

    record Bundle(Class<?> arabic, String englishFile) {
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    static Map<String, String> arabic() {
        Map<String, String> out = new TreeMap<>();
        for (Bundle b : BUNDLES) {
            out.putAll(arabic(b.arabic()));
        }
        return out;
    }

    static Map<String, String> arabic(Class<?> bundle) {
        Map<String, String> out = new TreeMap<>();
        for (Method m : bundle.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            if (message != null) {
                out.put(m.getName(), message.value());
            }
        }
        return out;
    }

    static Map<String, String> english() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Bundle b : BUNDLES) {
            out.putAll(english(b.englishFile()));
        }
        return out;
    }

    static Map<String, String> english(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file + " on the class path").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (Bundle b : BUNDLES) {
            Set<String> ar = arabic(b.arabic()).keySet();
            Set<String> en = english(b.englishFile()).keySet();
            assertThat(ar).isNotEmpty();
            assertThat(new TreeSet<>(en)).as("English keys missing from " + b.arabic().getSimpleName()
                    + ", or Arabic keys missing from " + b.englishFile()).isEqualTo(new TreeSet<>(ar));
        }
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
        assertThat(BUNDLES.stream().flatMap(b -> Arrays.stream(b.arabic().getDeclaredMethods()))
                .filter(m -> m.getAnnotation(Message.class) == null).map(Method::getName).toList())
                .as("methods without @Message have no Arabic text").isEmpty();
    }

    private static Set<String> params(String message) {
        Matcher m = PARAM.matcher(message);
        return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
