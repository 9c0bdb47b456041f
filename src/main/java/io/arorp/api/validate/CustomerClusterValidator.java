package io.arorp.api.validate;

import static io.arorp.api.validate.Errors.invalid;
import static io.arorp.api.validate.Json.at;
import static io.arorp.api.validate.Json.present;
import static io.arorp.api.validate.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.schema.EnumValues;
import io.arorp.api.schema.Schema;
import io.arorp.api.version.TreeConverter;
import java.util.Arrays;
import java.util.List;

/**
 * The static rules of the customer API, shared by every version. Rules follow the JSON path of the external object,
 * so a version only has the rules for the fields it declares: a field absent from its types is never checked.
 */
public class CustomerClusterValidator implements ClusterValidator {
    private static final String RESOURCE_TYPE = "Microsoft.RedHatOpenShift/openShiftClusters";
    private static final List<String> REQUIRED = List.of("properties", "properties.clusterProfile",
            "properties.networkProfile", "properties.masterProfile", "properties.apiserverProfile");

    private final TreeConverter<OpenShiftCluster> converter;
    private final Class<?> type;

    public CustomerClusterValidator(TreeConverter<OpenShiftCluster> converter) {
        this.converter = converter;
        this.type = converter.externalType();
    }

    @Override
    public void validate(Object external, OpenShiftCluster current, ValidationContext ctx) {
        JsonNode oc = converter.tree(external);
        int architecture = current != null && current.getProperties() != null
                && current.getProperties().getArchitectureVersion() != null
                        ? current.getProperties().getArchitectureVersion()
                        : ctx.installArchitectureVersion();
        ArmId r = ArmId.parseOrEmpty(ctx.resourceId());
        validateResource(oc, ctx, r);
        if (declares("properties.platformWorkloadIdentityProfile")) {
            new IdentityRules().validatePlatformIdentities(oc);
        }
        validateProperties(oc, current == null, architecture, ctx, r);
        if (current != null) {
            JsonNode stored = converter.tree(converter.toExternalWithSecrets(current));
            ImmutabilityCheck.check(type, oc, stored);
            if (current.usesWorkloadIdentity()) {
                new IdentityRules().validateIdentitiesKept(oc, stored);
            }
        }
    }

    private void validateResource(JsonNode oc, ValidationContext ctx, ArmId r) {
        String id = text(oc, "id");
        if (!id.equalsIgnoreCase(ctx.resourceId())) {
            throw Errors.of("MismatchingResourceID", "id", "The provided resource ID '" + id
                    + "' did not match the name in the Url '" + ctx.resourceId() + "'.");
        }
        String name = text(oc, "name");
        if (!name.equalsIgnoreCase(r.name())) {
            throw Errors.of("MismatchingResourceName", "name", "The provided resource name '" + name
                    + "' did not match the name in the Url '" + r.name() + "'.");
        }
        String t = text(oc, "type");
        if (!t.equalsIgnoreCase(RESOURCE_TYPE)) {
            throw Errors.of("MismatchingResourceType", "type", "The provided resource type '" + t
                    + "' did not match the name in the Url '" + RESOURCE_TYPE + "'.");
        }
        String location = text(oc, "location");
        if (!location.equalsIgnoreCase(ctx.location())) {
            throw invalid("location", "The provided location '" + location + "' is invalid.");
        }
    }

    private void validateProperties(JsonNode oc, boolean isCreate, int architecture, ValidationContext ctx,
            ArmId r) {
        for (String required : REQUIRED) {
            if (!present(oc, required)) {
                throw invalid(required, "The field '" + required + "' is required.");
            }
        }
        JsonNode p = at(oc, "properties");
        String state = text(p, "provisioningState");
        if (!allowed("properties.provisioningState").contains(state)) {
            throw invalid("properties.provisioningState", "The provided provisioning state '" + state
                    + "' is invalid.");
        }
        ProfileRules rules = new ProfileRules(this, ctx, r);
        rules.validateClusterProfile("properties.clusterProfile", at(p, "clusterProfile"), isCreate);
        rules.validateUrl("properties.consoleProfile.url", text(p, "consoleProfile.url"), "console URL");
        if (present(p, "servicePrincipalProfile") || !declares("properties.platformWorkloadIdentityProfile")) {
            rules.validateServicePrincipal("properties.servicePrincipalProfile", at(p, "servicePrincipalProfile"));
        }
        new NetworkRules(this).validate("properties.networkProfile", p, isCreate, architecture);
        String version = ctx.openShiftVersion() != null ? ctx.openShiftVersion() : text(p, "clusterProfile.version");
        rules.validateMaster("properties.masterProfile", at(p, "masterProfile"), version);
        rules.validateApiServer("properties.apiserverProfile", at(p, "apiserverProfile"));
        if (present(p, "platformWorkloadIdentityProfile")) {
            new IdentityRules().validateProfile("properties.platformWorkloadIdentityProfile",
                    at(p, "platformWorkloadIdentityProfile"));
        }
        if (isCreate) {
            rules.validateCreateOnly(p, version);
        }
    }

    /** Whether this version's external type has the field at the dotted path. */
    boolean declares(String path) {
        return Schema.find(type, path).isPresent();
    }

    /** The values the version's enum at {@code path} allows; empty when the field is not an enum there. */
    List<String> allowed(String path) {
        return Schema.find(type, path).flatMap(p -> p.annotation(EnumValues.class))
                .map(e -> Arrays.asList(e.values())).orElse(List.of());
    }

    /** Checks an enum field the version declares: absent or unknown values are both invalid. */
    void requireEnum(String schemaPath, String target, JsonNode parent, String what) {
        if (!declares(schemaPath)) {
            return;
        }
        String value = text(parent, schemaPath.substring(schemaPath.lastIndexOf('.') + 1));
        if (!allowed(schemaPath).contains(value)) {
            throw invalid(target, "The provided " + what + " '" + value + "' is invalid.");
        }
    }

    static CloudException invalidIn(String path, String message) {
        return invalid(path, message);
    }
}
