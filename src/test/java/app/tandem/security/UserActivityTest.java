package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserActivityTest {

    @ParameterizedTest(name = "{0} -> background only: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"rpc":[{"type":"event","node":1,"event":"ui-poll"}]}                                          | true
            {"rpc":[{"type":"event","node":1,"event":"vaadin-page-visibility-change"}]}                      | true
            {"rpc":[{"type":"event","node":1,"event":"ui-poll"},{"type":"event","node":9,"event":"click"}]} | false
            {"rpc":[{"type":"mSync","node":12,"feature":1,"property":"value","value":"x"}]}                 | false
            {"rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"caseload"}}]}          | false
            {"rpc":[{"type":"publishedEventHandler","node":4,"templateEventMethodName":"x"}]}              | false
            {"rpc":[]}                                                                                       | true
            not json at all                                                                                  | false
            """)
    void only_polls_and_visibility_changes_are_not_user_activity(String body, boolean backgroundOnly) {
        assertThat(UserActivity.onlyPolls(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(backgroundOnly);
    }
}
