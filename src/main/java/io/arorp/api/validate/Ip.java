package io.arorp.api.validate;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP addresses and CIDRs parsed the way the original RP's Go runtime parses them: IPv6 parses (so the message can
 * say "must be IPv4"), IPv4 is strict dotted decimal, and nothing is ever resolved through DNS.
 */
final class Ip {
    private Ip() {
    }

    /** A parsed CIDR: the address as written, its prefix length and whether it is IPv4. */
    record Cidr(long address, int prefix, boolean v4) {
        long network() {
            return prefix == 0 ? 0 : address & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        }

        boolean contains(long ip) {
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return (ip & mask) == network();
        }

        /** Either contains the other's network address: the overlap test the original uses. */
        boolean overlaps(Cidr other) {
            return contains(other.network()) || other.contains(network());
        }
    }

    /** Null when {@code s} is not a CIDR. */
    static Cidr parseCidr(String s) {
        if (s == null) {
            return null;
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String addr = s.substring(0, slash);
        Integer prefix = decimal(s.substring(slash + 1), 3);
        Long v4 = parseV4(addr);
        if (v4 != null) {
            return prefix != null && prefix <= 32 ? new Cidr(v4, prefix, true) : null;
        }
        return isV6(addr) && prefix != null && prefix <= 128 ? new Cidr(0, prefix, false) : null;
    }

    /** The network address in dotted form. */
    static String format(long ip) {
        return ((ip >> 24) & 255) + "." + ((ip >> 16) & 255) + "." + ((ip >> 8) & 255) + "." + (ip & 255);
    }

    static Long parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long ip = 0;
        for (String p : parts) {
            Integer octet = decimal(p, 3);
            if (octet == null || octet > 255 || (p.length() > 1 && p.startsWith("0"))) {
                return null;
            }
            ip = (ip << 8) | octet;
        }
        return ip;
    }

    static boolean isV6(String s) {
        if (!s.contains(":") || !s.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(s) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Integer decimal(String s, int maxDigits) {
        if (s.isEmpty() || s.length() > maxDigits || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(s);
    }
}
