package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
            Sunshine2026!!              | false
            2026-sunshine               | false
            passwordpassword            | false
            abcabcabcabc                | false
            trustno1trustno1            | false
            zxcvbnm,./1234              | false
            sunshine over the hills     | true
            748201937465019283          | true
            """)
    void passwords_are_judged_by_length_commonness_and_e_mail(String password, boolean acceptable) {
        assertThat(policy.problem(password, "dana@example.org").isEmpty()).isEqualTo(acceptable);
    }

    @Test
    void length_limits_are_12_and_128_characters_whatever_their_bytes() {
        assertThat(policy.problem("x".repeat(11) + "y", null)).isEmpty();
        String longest = "quiet river " + "ünd 🌿 morgen ".repeat(8) + "abcd";
        assertThat(longest).hasSize(128);
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(policy.problem(longest, null)).isEmpty();
        assertThat(policy.problem(longest + "z", null)).contains("Use at most 128 characters.");
        assertThat(policy.problem("abcdefghijk", null)).isPresent();
    }

    @Test
    void the_common_password_list_is_the_shipped_public_one_of_at_least_ten_thousand() {
        assertThat(policy.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(policy.problem("iloveyou2026", null)).isPresent();
    }
}
