package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} -> acceptable={1}")
    @CsvSource(delimiter = '|', textBlock = """
            short pass1                 | false
            elevenchars                 | false
            twelve chars                | true
            password1234                | false
            PASSWORD1234                | false
            Qwerty123456                | false
            aaaaaaaaaaaaaaaa            | false
            quiet river at dawn         | true
            dana@example.org-secret     | false
            """)
    void passwords_are_judged_by_length_commonness_and_e_mail(String password, boolean acceptable) {
        assertThat(policy.problem(password, "dana@example.org").isEmpty()).isEqualTo(acceptable);
    }

    @org.junit.jupiter.api.Test
    void length_limits_are_12_and_128() {
        assertThat(policy.problem("x".repeat(11) + "y", null)).isEmpty();
        assertThat(policy.problem("xy".repeat(64), null)).isEmpty();
        assertThat(policy.problem("xy".repeat(64) + "z", null)).contains("Use at most 128 characters.");
        assertThat(policy.problem("abcdefghijk", null)).isPresent();
    }
}
