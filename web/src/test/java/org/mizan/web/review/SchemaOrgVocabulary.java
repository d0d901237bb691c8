package org.mizan.web.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org vocabulary of the types Mizan's JSON-LD uses (test data: schemaorg/vocabulary.txt), and
 * a check of a JSON-LD object against it: every object has a known {@code @type}, every property belongs to
 * that type or a supertype, and a property's value has a type its range allows.
 */
final class SchemaOrgVocabulary {

    private final Map<String, String> supertype = new HashMap<>();
    private final Map<String, Set<String>> properties = new HashMap<>();
    private final Map<String, List<String>> ranges = new HashMap<>();

    static SchemaOrgVocabulary standard() {
        SchemaOrgVocabulary v = new SchemaOrgVocabulary();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/vocabulary.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] headAndBody = line.split(":", 2);
                List<String> body = Arrays.stream(headAndBody[1].strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
                if (headAndBody[0].startsWith("range ")) {
                    v.ranges.put(headAndBody[0].substring(6).strip(), body);
                    continue;
                }
                String[] type = headAndBody[0].split("<");
                String name = type[0].strip();
                if (type.length > 1) {
                    v.supertype.put(name, type[1].strip());
                }
                v.properties.put(name, new HashSet<>(body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    /** Throws an AssertionError naming the first property or type schema.org does not define there. */
    void check(Map<String, Object> jsonLd) {
        List<String> problems = new ArrayList<>();
        check(jsonLd, "$", problems);
        if (!"https://schema.org".equals(jsonLd.get("@context"))) {
            problems.add("$: @context is not https://schema.org");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("not valid schema.org: " + problems);
        }
    }

    boolean isA(String type, String ancestor) {
        for (String t = type; t != null; t = supertype.get(t)) {
            if (t.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> node, String where, List<String> problems) {
        Object type = node.get("@type");
        if (!(type instanceof String t) || !properties.containsKey(t)) {
            problems.add(where + ": unknown @type " + type);
            return;
        }
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String property = e.getKey();
            if (property.startsWith("@")) {
                continue;
            }
            if (!allowed(t, property)) {
                problems.add(where + ": " + t + " has no property " + property);
                continue;
            }
            List<Object> values = e.getValue() instanceof List<?> list ? (List<Object>) list : List.of(e.getValue());
            for (Object value : values) {
                if (value instanceof Map<?, ?> child) {
                    String childType = String.valueOf(child.get("@type"));
                    List<String> range = ranges.get(property);
                    if (range != null && range.stream().noneMatch(r -> isA(childType, r))) {
                        problems.add(where + "." + property + ": " + childType + " is not one of " + range);
                    }
                    check((Map<String, Object>) child, where + "." + property, problems);
                }
            }
        }
    }

    private boolean allowed(String type, String property) {
        for (String t = type; t != null; t = supertype.get(t)) {
            if (properties.getOrDefault(t, Set.of()).contains(property)) {
                return true;
            }
        }
        return false;
    }
}
