package io.arorp.env.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import io.arorp.api.CloudException;

/**
 * Reads blobs Azure hands out as pre-signed (SAS) URLs, such as a VM's boot diagnostics: the URL is the credential,
 * so no token is sent, and the URL is never logged (its query string is the signature).
 */
final class BlobDownloads {
    private final HttpClient http;

    BlobDownloads(HttpClient http) {
        this.http = http;
    }

    byte[] download(String sasUrl) {
        try (HttpResponse response = http.sendSync(new HttpRequest(HttpMethod.GET, sasUrl)
                .setHeader("x-ms-version", AzureStorage.VERSION), com.azure.core.util.Context.NONE)) {
            if (response.getStatusCode() != 200) {
                throw new CloudException(502, "BadGateway", null, "Reading the blob answered "
                        + response.getStatusCode() + ".");
            }
            return response.getBodyAsBinaryData().toBytes();
        }
    }
}
