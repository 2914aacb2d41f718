package app.tandem.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login for a submitted user name (the account may not exist). */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "login_failure_id")
    private Long id;

    @Column(name = "username_key", nullable = false)
    private String usernameKey;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String usernameKey, Instant failedAt) {
        this.usernameKey = usernameKey;
        this.failedAt = failedAt;
    }
}
