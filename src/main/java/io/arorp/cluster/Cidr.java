package io.arorp.cluster;

/** An IPv4 CIDR, just enough to check overlaps and sizes the way dynamic validation does. */
record Cidr(long first, long last, int prefix, String text) {
    static Cidr parse(String cidr) {
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        long address = 0;
        for (String octet : octets) {
            address = (address << 8) | Integer.parseInt(octet);
        }
        int prefix = Integer.parseInt(parts[1]);
        long size = 1L << (32 - prefix);
        long first = address & ~(size - 1) & 0xffffffffL;
        return new Cidr(first, first + size - 1, prefix, cidr);
    }

    boolean overlaps(Cidr other) {
        return first <= other.last && other.first <= last;
    }

    /** The n-th address of the range, dotted. */
    String address(int n) {
        long a = first + n;
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }
}
