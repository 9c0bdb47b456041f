package io.arorp.env;

import java.util.Random;
import java.util.UUID;

/** Random UUIDs: from a secure source in prod/dev, from a seeded generator in test so a failing run can be replayed. */
final class RandomIds implements Ids {
    private final Random random;

    RandomIds(Random random) {
        this.random = random;
    }

    @Override
    public String newId() {
        byte[] bytes = new byte[16];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (bytes[i] & 0xff);
            lsb = (lsb << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(msb, lsb).toString();
    }
}
