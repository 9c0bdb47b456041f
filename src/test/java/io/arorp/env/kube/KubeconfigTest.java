package io.arorp.env.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KubeconfigTest {
    private static final String CA = "-----BEGIN CERTIFICATE-----\nQ0E=\n-----END CERTIFICATE-----\n";

    @Test
    void writtenKubeconfigsReadBackAndNeverPrintTheirKey() {
        Kubeconfig written = Kubeconfig.withClientCertificate("cluster", "https://127.0.0.1:6443", CA, "CERT",
                Secret.of("KEY"));
        Kubeconfig read = Kubeconfig.parse(written.toYaml().revealBytes());
        assertEquals("https://127.0.0.1:6443", read.server());
        assertEquals(CA, read.certificateAuthorityPem());
        assertEquals("CERT", read.clientCertificatePem());
        assertEquals("KEY", read.clientKey().reveal());
        assertNull(read.token());
        assertFalse(read.toString().contains("KEY"));
    }

    @Test
    void theCurrentContextPicksClusterAndUser() {
        String yaml = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: other
                  cluster: {server: "https://other:6443"}
                - name: mine
                  cluster: {server: "https://api.example:6443", certificate-authority-data: %s}
                users:
                - name: admin
                  user: {token: sha256~abc}
                contexts:
                - name: ctx
                  context: {cluster: mine, user: admin}
                current-context: ctx
                """.formatted(Base64.getEncoder().encodeToString(CA.getBytes(StandardCharsets.UTF_8)));
        Kubeconfig config = Kubeconfig.parse(yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals("https://api.example:6443", config.server());
        assertEquals("sha256~abc", config.token().reveal());
        assertEquals(CA, config.certificateAuthorityPem());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cluster: {server: 'http://plain:80'}\n  user: {token: t}",
        "cluster: {server: 'https://a', insecure-skip-tls-verify: true}\n  user: {token: t}",
        "cluster: {server: 'https://a', certificate-authority: /etc/ca.crt}\n  user: {token: t}",
        "cluster: {server: 'https://a'}\n  user: {exec: {command: /bin/sh}}",
        "cluster: {server: 'https://a'}\n  user: {tokenFile: /var/run/token}",
        "cluster: {server: 'https://a'}\n  user: {client-certificate: /c.crt, client-key: /c.key}",
        "cluster: {server: 'https://a'}\n  user: {}"})
    void refusesWhatWouldReadFilesRunCommandsOrSkipTls(String clusterAndUser) {
        String[] parts = clusterAndUser.split("\n  ");
        String yaml = "clusters:\n- name: c\n  " + parts[0] + "\nusers:\n- name: u\n  " + parts[1]
                + "\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Kubeconfig.parse(yaml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().startsWith("kubeconfig"), refused.getMessage());
    }
}
