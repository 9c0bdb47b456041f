package io.arorp.env.azure;

import com.azure.resourcemanager.dns.fluent.models.RecordSetInner;
import com.azure.resourcemanager.dns.models.ARecord;
import com.azure.resourcemanager.dns.models.RecordType;
import io.arorp.env.cloud.Dns;
import java.util.List;
import java.util.Optional;

/** A records in the RP's zone (in the RP's subscription and resource group), written as the RP's own identity. */
public final class AzureDns implements Dns {
    private final AzureClients clients;
    private final AzureCalls calls;
    private final String resourceGroup;

    public AzureDns(AzureClients clients, AzureCalls calls) {
        this.clients = clients;
        this.calls = calls;
        this.resourceGroup = clients.settings().rpResourceGroup();
    }

    @Override
    public void createOrUpdateARecord(String zone, String name, String ip, int ttlSeconds) {
        RecordSetInner record = new RecordSetInner().withTtl((long) ttlSeconds)
                .withARecords(List.of(new ARecord().withIpv4Address(ip)));
        calls.run(() -> clients.rpDns().getRecordSets().createOrUpdate(resourceGroup, zone, name, RecordType.A,
                record));
    }

    @Override
    public Optional<String> aRecord(String zone, String name) {
        return calls.find(() -> clients.rpDns().getRecordSets().get(resourceGroup, zone, name, RecordType.A))
                .flatMap(r -> r.aRecords() == null || r.aRecords().isEmpty() ? Optional.empty()
                        : Optional.ofNullable(r.aRecords().get(0).ipv4Address()));
    }

    @Override
    public void deleteRecord(String zone, String name) {
        calls.delete(() -> clients.rpDns().getRecordSets().delete(resourceGroup, zone, name, RecordType.A));
    }
}
