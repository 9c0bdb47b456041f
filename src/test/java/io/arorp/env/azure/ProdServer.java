package io.arorp.env.azure;

import io.arorp.env.hive.FakeHive;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the stubbed Azure before Arquillian starts the test server, and turns that server into a prod one: profile
 * {@code prod}, the Azure adapters pointed at the stub and trusting its CA, Hive at a kubeconfig. Registered before
 * the Arquillian extension, so its system property overrides arquillian.xml's JVM arguments for this IT class only
 * (each IT class runs in its own JVM). The sealing keys and the served certificate come from the stubbed service
 * vault, as in prod. What prod would take from Cosmos DB and ARM's client certificates stays local: embedded store,
 * accept-all authorizers (both proven elsewhere).
 */
public final class ProdServer implements BeforeAllCallback, AfterAllCallback {
    static final String JVM_ARGUMENTS = "arq.container.liberty-managed.configuration.javaVmArguments";
    static final String SERVER_NAME = "arq.container.liberty-managed.configuration.serverName";
    static final String DEPLOY_TIMEOUT = "arq.container.liberty-managed.configuration.appDeployTimeout";
    /** A server of its own: Arquillian refuses to start a server whose name any JVM on the machine runs already. */
    /** The IT server laid out by the build, whose configuration the prod server copies. */
    static final String TEST_SERVER = System.getProperty("it.server", "aroTestServer");
    static final String SERVER = TEST_SERVER.contains("aroTest") ? TEST_SERVER.replace("aroTest", "aroProd")
            : TEST_SERVER + "Prod";
    /** The RP's registry, in a global subscription of its own as in prod. */
    static final String ACR = "/subscriptions/44444444-0000-0000-0000-000000000004/resourceGroups/global"
            + "/providers/Microsoft.ContainerRegistry/registries/arointsvc";
    static AzureStub azure;
    static FakeHive hive;
    static Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createDirectories(Path.of("target", "prod-it").toAbsolutePath());
        Files.deleteIfExists(dir.resolve("store.mv.db")); // a fresh store per run: the IT registers its subscription
        azure = new AzureStub(dir);
        URI serviceVault = ServiceVaultStub.install(azure);
        hive = new FakeHive(true);
        Path kubeconfig = dir.resolve("hive.kubeconfig");
        Files.writeString(kubeconfig, hive.kubeconfig(), StandardCharsets.UTF_8);
        List<String> args = List.of("-Xmx1536m", "-Dmp.config.profile=prod",
                "-D%prod.aro.store.kind=embedded", "-Daro.store.embedded.path=" + dir.resolve("store.mv.db"),
                "-Daro.azure.service-vault.uri=" + serviceVault,
                "-D%prod.aro.auth.mode=accept-all", "-D%prod.aro.openshift.seed-versions=4.15.35,4.14.38",
                "-Daro.backend.tick=PT1S",
                "-Daro.frontend.create-checks.timeout=PT60S", // the ARM reads of a PUT, on a busy shared machine "-Daro.backend.delete-delay=PT0.5S", "-Daro.cluster.poll-interval=PT0.1S",
                "-Daro.cluster.authorization-retry=PT1S", "-Daro.cluster.authorization-interval=PT0.1S",
                "-Daro.azure.resource-manager-endpoint=" + azure.base(),
                "-Daro.azure.authority-host=" + azure.base(),
                "-Daro.azure.ca-bundle=" + azure.caBundle,
                "-Daro.azure.fp.credential=client-secret", "-Daro.azure.fp.tenant-id=" + AzureStub.FP_HOME_TENANT,
                "-Daro.azure.fp.client-id=fp-client", "-Daro.azure.fp.client-secret=fp-secret",
                "-Daro.azure.rp.credential=client-secret", "-Daro.azure.rp.tenant-id=" + AzureStub.RP_TENANT,
                "-Daro.azure.rp.client-id=rp-client", "-Daro.azure.rp.client-secret=rp-secret",
                "-Daro.azure.rp.subscription-id=" + AzureStub.RP_SUBSCRIPTION,
                "-Daro.azure.rp.resource-group=rp-eastus", "-Daro.azure.gateway.resource-group=gwy-eastus",
                "-Daro.azure.acr.resource-id=" + ACR, "-Daro.azure.key-vault.uri=" + azure.base() + "vault/",
                "-Daro.azure.blob-endpoint=" + azure.base() + "blob/%s/", "-Daro.azure.rbac-retry=PT0.5S",
                "-Daro.azure.retry-interval=PT0.1S", "-Daro.azure.oidc.storage-account=oidcacct",
                "-Daro.azure.oidc.endpoint=https://oidc.example/",
                "-Daro.azure.msi-vault.uri=" + azure.base() + "msivault/",
                "-Daro.hive.kubeconfig=" + kubeconfig, "-Daro.hive.installer-image=quay.io/openshift/installer:it");
        Path servers = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"), "usr", "servers");
        copyServer(servers);
        acceptAllClients(servers.resolve(SERVER));
        System.setProperty(SERVER_NAME, SERVER);
        System.setProperty(DEPLOY_TIMEOUT, "300");
        System.setProperty("it.server", SERVER);
        System.setProperty(JVM_ARGUMENTS, args.stream().collect(Collectors.joining(" ")));
    }

    /**
     * server.xml variables (ordinal 500) outrank system properties, so the test server's {@code aro.auth.mode} would
     * beat {@code -D%prod.aro.auth.mode}, and prod's ARM authorizer would follow ARM's metadata endpoint, unreachable
     * here, and refuse every call. An override read after the test server's ({@code zz-} sorts last) says accept-all.
     */
    private static void acceptAllClients(Path server) throws java.io.IOException {
        Path overrides = Files.createDirectories(server.resolve("configDropins").resolve("overrides"));
        Files.writeString(overrides.resolve("zz-prod-it.xml"), "<server>\n"
                + "    <variable name=\"aro.auth.mode\" value=\"accept-all\"/>\n</server>\n", StandardCharsets.UTF_8);
    }

    /** The IT server's configuration (server.xml, drop-ins, jvm.options) under the prod server's name. */
    private static void copyServer(Path servers) throws java.io.IOException {
        Path from = servers.resolve(TEST_SERVER);
        Path to = servers.resolve(SERVER);
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(p -> !from.relativize(p).toString().startsWith("logs")
                    && !from.relativize(p).toString().startsWith("workarea")
                    && !from.relativize(p).toString().startsWith("dropins")
                    && !from.relativize(p).toString().startsWith("apps")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(JVM_ARGUMENTS);
        System.clearProperty(SERVER_NAME);
        System.clearProperty(DEPLOY_TIMEOUT);
        System.clearProperty("it.server");
        azure.close();
        hive.close();
    }
}
