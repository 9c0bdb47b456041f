package io.arorp.env.cloud;

import java.util.Optional;

/** A records in the RP's DNS zone for clusters on managed domains ({@code api.<prefix>}, {@code *.apps.<prefix>}). */
public interface Dns {
    void createOrUpdateARecord(String zone, String name, String ip, int ttlSeconds);

    Optional<String> aRecord(String zone, String name);

    /** A no-op when the record does not exist. */
    void deleteRecord(String zone, String name);
}
