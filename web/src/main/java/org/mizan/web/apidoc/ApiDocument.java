package org.mizan.web.apidoc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.SpeakerKind;
import org.mizan.core.link.Relation;

/**
 * Makes {@code /q/openapi} describe the JSON API as it answers: only {@code /api} (pages, admin forms and
 * downloads are no API), the status codes each operation really gives with the error body
 * ({@code {"error","detail"}}) for every 4xx/5xx, and enums for relation, polarity, modality and speaker
 * kind where the resources declare plain strings. The rules mirror the code that answers: the resources'
 * 201 and 204, {@code BadInputException}, {@code RejectedInputException}, the security policy
 * (application.properties) and {@code RequestGuard}.
 */
public class ApiDocument implements OASFilter {

    static final String ERROR = "Error";
    static final String JSON = "application/json";
    private static final String REF = "#/components/schemas/";

    /** Operations that store something new: 201 with the stored thing (200 when it was stored already). */
    static final Set<String> CREATES = Set.of("POST /api/articles", "POST /api/articles/fetch", "POST /api/feeds");
    /** Open to anyone but limited per address (AnalysisLimits): 429 when over. */
    static final Set<String> LIMITED = Set.of("POST /api/analyze", "POST /api/compare");
    /** Fetch from another site: 502 when it fails or times out. */
    static final Set<String> FETCHES = Set.of("POST /api/articles/fetch", "POST /api/feeds/{id}/poll");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() != null) {
            for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
                if (!path.equals("/api") && !path.startsWith("/api/")) {
                    api.getPaths().removePathItem(path);
                }
            }
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(ERROR, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("Every API error: what went wrong, and what the sender can do about it.")
                .addProperty("error", string("What went wrong, in a few words"))
                .addProperty("detail", string("What to change"))
                .required(List.of("error", "detail")));
        api.getComponents().addSchema("Relation", enumeration("How two claims relate (stored links are never unrelated)",
                wires(Relation.values())));
        api.getComponents().addSchema("Polarity", enumeration("Whether the claim affirms or negates", wires(Polarity.values())));
        api.getComponents().addSchema("Modality", enumeration("How the proposition is put", wires(Modality.values())));
        api.getComponents().addSchema("SpeakerKind", enumeration("What kind of speaker made the claim", wires(SpeakerKind.values())));
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.forEach((name, schema) -> enumerate(name, schema));
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach(ApiDocument::statuses);
        }
    }

    /** Plain string properties of the response and request records that hold one of the enums. */
    private static void enumerate(String schemaName, Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        boolean speaker = schemaName.toLowerCase(Locale.ROOT).contains("speaker");
        schema.getProperties().forEach((property, p) -> {
            String target = switch (property) {
                case "relation" -> "Relation";
                case "polarity" -> "Polarity";
                case "modality" -> "Modality";
                case "speakerKind" -> "SpeakerKind";
                case "kind" -> speaker ? "SpeakerKind" : null;
                default -> null;
            };
            if (target != null && p.getRef() == null && p.getType() != null && p.getType().contains(Schema.SchemaType.STRING)) {
                schema.addProperty(property, OASFactory.createSchema().ref(REF + target));
            }
        });
    }

    private static void statuses(String path, PathItem item) {
        for (Map.Entry<HttpMethod, Operation> e : item.getOperations().entrySet()) {
            String key = e.getKey().name() + " " + path;
            Operation op = e.getValue();
            APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
            op.setResponses(responses);
            boolean write = e.getKey() != HttpMethod.GET && e.getKey() != HttpMethod.HEAD;
            boolean admin = admin(e.getKey(), path);
            if (CREATES.contains(key)) {
                APIResponse ok = responses.getAPIResponse("200");
                responses.addAPIResponse("201", OASFactory.createAPIResponse().description("Stored; Location names it")
                        .content(ok == null ? null : ok.getContent()));
                if (key.equals("POST /api/feeds")) {
                    responses.removeAPIResponse("200");
                } else if (ok != null) {
                    ok.description("Stored already: the stored one");
                }
            }
            if (e.getKey() == HttpMethod.DELETE) {
                responses.removeAPIResponse("200");
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Deleted"));
            }
            boolean takesInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
            if (takesInput) {
                error(responses, "400", "Malformed request: unreadable JSON, a bad number or cursor");
            }
            if (admin) {
                error(responses, "401", "No or wrong admin credentials (HTTP Basic)");
            }
            if (path.contains("{")) {
                error(responses, "404", "Nothing stored under this id");
            }
            if (write && op.getRequestBody() != null) {
                error(responses, "413", "The request or the article is larger than the limit");
                error(responses, "422", "The request is well-formed but refused: see detail");
            }
            if (LIMITED.contains(key) || admin) {
                error(responses, "429", LIMITED.contains(key) ? "Too many requests from this address; Retry-After says when to try again"
                        : "Too many failed logins; Retry-After says when to try again");
            }
            if (FETCHES.contains(key)) {
                error(responses, "502", "The other site failed or timed out");
            }
        }
    }

    /** What the security policy (application.properties) keeps for the admin. */
    static boolean admin(HttpMethod method, String path) {
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        return path.startsWith("/api/feeds") || path.startsWith("/api/review")
                || (write && path.startsWith("/api/articles"));
    }

    private static void error(APIResponses responses, String status, String description) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + ERROR)))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static Schema enumeration(String description, List<String> values) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description)
                .enumeration(new ArrayList<>(values));
    }

    private static List<String> wires(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
