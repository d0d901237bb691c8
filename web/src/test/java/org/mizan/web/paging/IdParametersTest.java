package org.mizan.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdParametersTest {

    @Test
    void shortListsKeepTheirSizeAndLongerOnesArePaddedToAPowerOfTwo() {
        assertThat(IdParameters.padded(1)).isEqualTo(1);
        assertThat(IdParameters.padded(4)).isEqualTo(4);
        assertThat(IdParameters.padded(5)).isEqualTo(8);
        assertThat(IdParameters.padded(8)).isEqualTo(8);
        assertThat(IdParameters.padded(9)).isEqualTo(16);
        assertThat(IdParameters.padded(100)).isEqualTo(128);
    }

    @Test
    void theListIsWrittenOneNamedParameterEach() {
        assertThat(IdParameters.in(3)).isEqualTo("(:ids0, :ids1, :ids2)");
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> IdParameters.padded(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
