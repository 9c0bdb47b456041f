package io.arorp.frontend.admin;

import static io.arorp.frontend.admin.AdminClusterManifestsTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.admin.MimoTypes;
import io.arorp.database.BillingDocument;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminBillingDocumentsTest {
    @TempDir
    Path dir;
    AdminFixture f;
    AdminBillingDocuments billing;

    @BeforeEach
    void setUp() {
        f = new AdminFixture(dir);
        billing = new AdminBillingDocuments(f.billing, f.skipTokens);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void pagesOfTenThenOneByIdWithItsCreationTime() {
        for (int i = 0; i < 12; i++) {
            BillingDocument doc = new BillingDocument();
            doc.setId("b" + i);
            doc.setKey("/subscriptions/" + AdminFixture.SUBSCRIPTION + "/resourcegroups/rg/providers/x/y/c" + i);
            doc.getBilling().setLocation("eastus");
            f.billing.create(doc);
        }
        URI referer = URI.create("https://rp/admin/billingdocuments?api-version=admin&$skipToken=old");
        MimoTypes.BillingDocumentList first = (MimoTypes.BillingDocumentList) billing.list(null, referer).body();
        assertEquals(10, first.value().size());
        assertNotNull(first.nextLink());
        assertTrue(first.nextLink().startsWith("https://rp/admin/billingdocuments?api-version=admin&$skipToken="));
        assertTrue(!first.nextLink().contains("=old"), "the previous token is replaced");
        String token = first.nextLink().substring(first.nextLink().indexOf("$skipToken=") + 11);
        MimoTypes.BillingDocumentList second = (MimoTypes.BillingDocumentList) billing.list(token, referer).body();
        assertEquals(2, second.value().size());
        assertNull(second.nextLink());

        MimoTypes.BillingDocument one = (MimoTypes.BillingDocument) billing.get("b3").body();
        assertEquals("eastus", one.billing().location());
        assertNotNull(one.billing().creationTime(), "set by the store's trigger");
        assertNull(one.billing().deletionTime(), "zero times are left out");
        assertError(() -> billing.get("nope"), 404, "NotFound", "billing document not found: nope");
        assertError(() -> billing.list("forged", referer), 400, "InvalidParameter", "The provided $skipToken is invalid.");
    }
}
