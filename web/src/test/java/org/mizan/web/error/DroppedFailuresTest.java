package org.mizan.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.IllegalProductException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

class DroppedFailuresTest {

    @Test
    void aRenderWhoseRequestEndedIsAReaderWhoLeft() {
        Throwable wrapped = new IllegalStateException(new InvocationTargetException(new ContextNotActiveException("request ended")));
        assertThat(DroppedFailures.clientLeft(new ContextNotActiveException("request ended"))).isTrue();
        assertThat(DroppedFailures.clientLeft(wrapped)).isTrue();
        assertThat(DroppedFailures.clientLeft(new IllegalStateException(new IllegalProductException("no current request")))).isTrue();
    }

    @Test
    void anyOtherDroppedFailureIsNot() {
        assertThat(DroppedFailures.clientLeft(new IllegalStateException("database gone"))).isFalse();
        assertThat(DroppedFailures.clientLeft(new IllegalStateException(new RuntimeException("bug")))).isFalse();
    }
}
