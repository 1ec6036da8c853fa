package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/openapi.yaml against real answers: each request's status must be documented for its
 * operation and its JSON body must match the documented schema. Every object schema that lists
 * its properties is taken as closed here, so an answer field the document does not describe fails.
 */
class OpenApiContractTest {
    @RegisterExtension
    static final TestService api = TestService.serving("facets-8.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode spec;

    @BeforeAll
    static void readSpec() throws IOException {
        Path file = Path.of(System.getProperty("lcs.root", "..")).resolve("docs/openapi.yaml");
        spec = new YAMLMapper().readTree(file.toFile());
        close(spec.path("components").path("schemas"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/search                  | /api/search?q=garden                                   | 200",
                "/api/search                  | /api/search?q=garden&country=China&facets=country,type | 200",
                "/api/search                  | /api/search?q=&sort=newest&size=3&page=2               | 200",
                "/api/search                  | /api/search?q=gardn&explain=true                       | 200",
                "/api/search                  | /api/search?q=garden&cities=true                       | 200",
                "/api/search                  | /api/search?cities=maybe                               | 400",
                "/api/search                  | /api/search?q=zzzzqqqq                                 | 200",
                "/api/search                  | /api/search?q=%D0%9A%D0%B8%D1%82%D0%B0%D0%B9              | 200",
                "/api/search                  | /api/search?size=1000                                  | 400",
                "/api/search                  | /api/search?sort=oldest                                | 400",
                "/api/suggest                 | /api/suggest?q=gar                                     | 200",
                "/api/suggest                 | /api/suggest                                           | 200",
                "/api/suggest                 | /api/suggest?q=ga&size=99                              | 400",
                "/api/documents/{id}          | /api/documents/fc-cn-1                                 | 200",
                "/api/documents/{id}          | /api/documents/no-such-document                        | 404",
                "/api/documents/{id}/related  | /api/documents/fc-cn-1/related                         | 200",
                "/api/documents/{id}/related  | /api/documents/no-such-document/related                | 404",
                "/api/health                  | /api/health                                            | 200",
                "/api/countries               | /api/countries                                         | 200",
                "/api/countries               | /api/countries?lang=fr                                 | 200",
                "/api/countries               | /api/countries?lang=xx                                 | 400",
            })
    void answers_match_the_documented_schema(String template, String request, int expectedStatus) throws IOException {
        TestService.Response res = api.get(request);
        assertEquals(expectedStatus, res.status(), res.body());
        JsonNode response = documentedResponse(template, res.status());
        JsonNode schemaRef = response.path("content").path("application/json").path("schema");
        assertTrue(schemaRef.isObject(), template + " " + res.status() + " documents no JSON body");
        Set<ValidationMessage> problems = schema(schemaRef).validate(JSON.readTree(res.body()));
        assertEquals(Set.of(), problems, request + " answered " + res.body());
    }

    /** The response object of an operation for a status, following a reference to components. */
    private static JsonNode documentedResponse(String template, int status) {
        JsonNode operation = spec.path("paths").path(template).path("get");
        assertTrue(operation.isObject(), "no GET " + template + " in docs/openapi.yaml");
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        assertTrue(response.isObject(), "status " + status + " of GET " + template + " is not documented");
        if (response.has("$ref")) {
            response = resolve(response.get("$ref").asText());
        }
        return response;
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = spec.at(ref.substring(1));
        assertNotNull(node);
        assertTrue(!node.isMissingNode(), "unresolved " + ref);
        return node;
    }

    /** A schema whose root refers to {@code schemaRef} inside the whole document, so $refs resolve. */
    private static JsonSchema schema(JsonNode schemaRef) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", spec.get("components"));
        root.set("allOf", JSON.createArrayNode().add(schemaRef));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    /** Adds {@code additionalProperties: false} to every object schema that lists properties only. */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(OpenApiContractTest::close);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(OpenApiContractTest::close);
        }
    }
}
