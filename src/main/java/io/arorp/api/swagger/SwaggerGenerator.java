package io.arorp.api.swagger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.version.ApiVersion;

/**
 * Writes a version's ARM Swagger 2.0 document from its external types: the same records the RP converts and
 * validates with, so the published contract cannot drift from the implementation.
 */
public final class SwaggerGenerator {

    /** The document and its examples. */
    public record Result(ObjectNode swagger, Examples examples) {
    }

    public Result generate(ApiVersion v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Examples examples = new Examples(v);
        ObjectNode s = f.objectNode();
        s.put("swagger", "2.0");
        s.putObject("info").put("title", "Azure Red Hat OpenShift Client").put("description",
                "Rest API for Azure Red Hat OpenShift 4").put("version", v.name());
        s.put("host", "management.azure.com");
        s.putArray("schemes").add("https");
        s.putArray("consumes").add("application/json");
        s.putArray("produces").add("application/json");
        s.putArray("security").addObject().putArray("azure_auth").add("user_impersonation");
        ObjectNode auth = s.putObject("securityDefinitions").putObject("azure_auth");
        auth.put("type", "oauth2").put("description", "Azure Active Directory OAuth2 Flow.").put("flow", "implicit")
                .put("authorizationUrl", "https://login.microsoftonline.com/common/oauth2/authorize");
        auth.putObject("scopes").put("user_impersonation", "impersonate your user account");
        s.set("paths", new Paths(examples).build(v, v.name().compareTo("2025-07-25") >= 0));
        Definitions definitions = new Definitions();
        for (Class<?> type : v.clusters().externalType().getEnclosingClass().getDeclaredClasses()) {
            if (type.isRecord()) {
                definitions.add(type);
            }
        }
        ObjectNode defs = s.putObject("definitions");
        definitions.all().forEach(defs::set);
        s.putObject("parameters");
        return new Result(s, examples);
    }
}
