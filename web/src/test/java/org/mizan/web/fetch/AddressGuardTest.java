package org.mizan.web.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.9.9.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.0.8",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::127.0.0.1", "64:ff9b::a00:1", "2002:c0a8:101::1", "2001:db8::1"})
    void refusesNonPublicAddressesInEveryForm(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isFalse();
        assertThat(new AddressGuard(true).allowed(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "64:ff9b::808:808"})
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void refusesANameThatResolvesToLoopback() {
        assertThatThrownBy(() -> new AddressGuard(false).resolve("localhost"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(new AddressGuard(true).resolve("localhost").isLoopbackAddress()).isTrue();
    }
}
