package dk.borgerstemme.gateway.signin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnAddressTest {

    @Test
    void aPathOnThisSiteIsKept() {
        assertThat(ReturnAddress.sanitise("/o/slagelse/s/enheder?lang=en")).hasValue("/o/slagelse/s/enheder?lang=en");
    }

    @Test
    void anythingThatCouldLeaveTheSiteIsDropped() {
        assertThat(ReturnAddress.sanitise("//evil.example")).isEmpty();
        assertThat(ReturnAddress.sanitise("/\\evil.example")).isEmpty();
        assertThat(ReturnAddress.sanitise("https://evil.example")).isEmpty();
        assertThat(ReturnAddress.sanitise("javascript:alert(1)")).isEmpty();
        assertThat(ReturnAddress.sanitise("/login")).isEmpty();
        assertThat(ReturnAddress.sanitise(null)).isEmpty();
    }
}
