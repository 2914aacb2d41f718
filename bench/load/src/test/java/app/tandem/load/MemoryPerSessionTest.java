package app.tandem.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemoryPerSessionTest {

    @Test
    void a_class_histogram_gives_live_bytes_per_class_and_the_total() {
        MemoryPerSession.Histogram h = MemoryPerSession.parse("""
                12345:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        120000        9600000  [B (java.base@25.0.3)
                   2:          4000         320000  com.vaadin.flow.internal.StateNode
                   3:            10            640  com.vaadin.flow.internal.StateNode
                Total        124010        9920640
                """);

        assertEquals(9_920_640L, h.total());
        assertEquals(9_600_000L, h.bytes().get("[B"));
        assertEquals(320_640L, h.bytes().get("com.vaadin.flow.internal.StateNode"));
        assertEquals(4010L, h.instances().get("com.vaadin.flow.internal.StateNode"));
    }

    @Test
    void an_answer_without_a_histogram_is_refused() {
        assertThrows(IllegalStateException.class, () -> MemoryPerSession.parse("12345:\ncom.sun.tools.attach.AttachNotSupportedException"));
    }
}
