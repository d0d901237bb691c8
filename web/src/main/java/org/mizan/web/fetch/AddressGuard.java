package org.mizan.web.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;

/**
 * Resolves a host and tells whether Mizan may connect to it (server-side request forgery): loopback,
 * private, link-local, carrier-grade NAT, multicast, broadcast, reserved and unique-local IPv6 addresses
 * are refused unless private addresses are allowed, and so are IPv6 forms that embed such an IPv4 address
 * (IPv4-compatible, NAT64, 6to4). A name is refused when ANY of its addresses is (a rebinding name may
 * answer a public and a private one); the fetcher connects to the address checked here, never resolving
 * the name a second time.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    /** Addresses allowed even so: the test's own server, nothing in production. */
    private final Set<InetAddress> alsoAllowed;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, Set.of());
    }

    AddressGuard(boolean allowPrivate, Set<InetAddress> alsoAllowed) {
        this.allowPrivate = allowPrivate;
        this.alsoAllowed = Set.copyOf(alsoAllowed);
    }

    /** The address to connect to for {@code host}, or a {@link FetchException} saying why not. */
    public InetAddress resolve(String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchException.upstream("The host " + host + " is unknown.");
        }
        for (InetAddress a : all) {
            if (!allowed(a)) {
                throw FetchException.refused("The host " + host + " resolves to " + a.getHostAddress()
                        + ", a loopback, private or otherwise non-public address; Mizan does not fetch from those.");
            }
        }
        return all[0];
    }

    boolean allowed(InetAddress a) {
        return allowPrivate || alsoAllowed.contains(a) || isPublic(a);
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return false; // fc00::/7 unique local
            }
            if (allZero(b, 0, 12)) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // ::a.b.c.d, IPv4-compatible
            }
            if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // 64:ff9b::/96 NAT64
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return isPublicV4(Arrays.copyOfRange(b, 2, 6)); // 2002::/16 6to4
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8) {
                return false; // 2001:db8::/32 documentation
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return !(first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && second >= 64 && second < 128   // carrier-grade NAT
                || first == 169 && second == 254
                || first == 172 && second >= 16 && second < 32
                || first == 192 && second == 168
                || first == 192 && second == 0 && (b[2] & 0xFF) == 0   // IETF protocol assignments
                || first == 198 && (second == 18 || second == 19));     // benchmarking
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
