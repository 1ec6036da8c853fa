package lcs.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Who a request comes from, for per-client limits only: the remote address, or, when that is a
 * trusted proxy, the right-most address of X-Forwarded-For that is not itself a trusted proxy
 * (the left-most entries are whatever the client chose to send). Held in memory, never written.
 */
final class ClientAddress {
    private record Range(BigInteger network, BigInteger mask, int bytes) {
        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            return b.length == bytes && new BigInteger(1, b).and(mask).equals(network);
        }
    }

    private final List<Range> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(ClientAddress::range).toList();
    }

    String of(String remote, String forwardedFor) {
        if (trusted.isEmpty() || forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        InetAddress a = literal(address);
        return a != null && trusted.stream().anyMatch(r -> r.contains(a));
    }

    /** A numeric address, never a DNS lookup. */
    private static InetAddress literal(String s) {
        if (s == null || s.isEmpty() || !s.matches("[0-9A-Fa-f:.\\[\\]]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(s.replace("[", "").replace("]", ""));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress a = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (a == null) {
            throw new IllegalArgumentException("not an address: " + cidr);
        }
        int bits = a.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("bad prefix length: " + cidr);
        }
        BigInteger mask = BigInteger.ONE
                .shiftLeft(bits)
                .subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return new Range(new BigInteger(1, a.getAddress()).and(mask), mask, bits / 8);
    }
}
