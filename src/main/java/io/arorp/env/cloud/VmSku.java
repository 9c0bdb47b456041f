package io.arorp.env.cloud;

/**
 * A VM size offered in a region, as far as a create needs to know.
 *
 * @param name                      e.g. {@code Standard_D8s_v3}
 * @param restricted                the subscription may not deploy it there (a location restriction)
 * @param encryptionAtHostSupported the capability {@code EncryptionAtHostSupported} is {@code True}
 */
public record VmSku(String name, boolean restricted, boolean encryptionAtHostSupported) {
}
