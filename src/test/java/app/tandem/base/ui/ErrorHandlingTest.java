package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorHandlingTest {

    @Test
    void each_kind_of_failure_gets_its_sentence() {
        assertThat(ErrorHandling.messageFor(new CannotCreateTransactionException("x")))
                .isEqualTo(ErrorHandling.DATABASE_DOWN);
        assertThat(ErrorHandling.messageFor(new RuntimeException(new DataAccessResourceFailureException("x"))))
                .isEqualTo(ErrorHandling.DATABASE_DOWN);
        assertThat(ErrorHandling.messageFor(new AccessDeniedException("x"))).isEqualTo(ErrorHandling.DENIED);
        assertThat(ErrorHandling.messageFor(new IllegalStateException("x"))).isEqualTo(ErrorHandling.UNEXPECTED);
    }
}
