package org.mizan.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Load tools talk to a server on this machine only: the base URI must resolve to a loopback address. */
final class Loopback {

    private Loopback() {
    }

    static URI require(String base) {
        URI uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("need an http://host:port base, got " + base);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException(uri.getHost() + " is not a loopback address; load is sent to this machine only");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + uri.getHost(), e);
        }
        return uri;
    }
}
