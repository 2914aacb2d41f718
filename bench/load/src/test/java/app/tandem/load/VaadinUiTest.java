package app.tandem.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UIDL model against answers shaped like the ones recorded from Tandem (Vaadin 25.2). */
class VaadinUiTest {

    static final String INIT = """
            {"appConfig":{"v-uiId":3,"uidl":{"Vaadin-Security-Key":"key-1","syncId":0,"clientId":0,
              "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}""";

    static VaadinUi ui() {
        return VaadinUi.init(INIT);
    }

    static final String COUPLE_PAGE = """
            {"syncId":1,"clientId":1,"changes":[
              {"node":7,"type":"attach"},{"node":7,"type":"put","key":"tag","feat":0,"value":"vaadin-tabsheet"},
              {"node":7,"type":"put","key":"id","feat":3,"value":"couple-tabs"},
              {"node":7,"type":"splice","feat":2,"index":0,"addNodes":[6]},
              {"node":6,"type":"attach"},{"node":6,"type":"put","key":"tag","feat":0,"value":"vaadin-tabs"},
              {"node":6,"type":"put","key":"selected","feat":1,"value":0.0},
              {"node":6,"type":"splice","feat":19,"index":0,"add":["updateSelectedTab"]},
              {"node":6,"type":"splice","feat":2,"index":0,"addNodes":[4,5]},
              {"node":4,"type":"attach"},{"node":4,"type":"put","key":"tag","feat":0,"value":"vaadin-tab"},
              {"node":4,"type":"splice","feat":2,"index":0,"addNodes":[8]},
              {"node":8,"type":"attach"},{"node":8,"type":"put","key":"text","feat":7,"value":"Overview"},
              {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-tab"},
              {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[9]},
              {"node":9,"type":"attach"},{"node":9,"type":"put","key":"text","feat":7,"value":"Sessions"},
              {"node":10,"type":"attach"},{"node":10,"type":"put","key":"tag","feat":0,"value":"a"},
              {"node":10,"type":"put","key":"href","feat":3,"value":"couples/C-0042/sessions/17"}],
             "execute":[["C-0042 · Tandem","document.title = $0;"],
               [{"@v-node":6},"$0.addEventListener('items-changed', function(){ this.$server.updateSelectedTab(true); });"]]}""";

    @Test
    void init_takes_the_ui_id_and_csrf_token_and_the_first_request_carries_them_with_ids_zero() {
        VaadinUi ui = ui();

        assertEquals("/?v-r=uidl&v-uiId=3", ui.uidlPath());
        JsonNode body = read(ui.request(List.of(ui.navigate("caseload", "client"))));
        assertEquals("key-1", body.get("csrfToken").asText());
        assertEquals(0, body.get("syncId").asInt());
        assertEquals(0, body.get("clientId").asInt());
        assertEquals("ui-navigate", body.get("rpc").get(0).get("event").asText());
        assertEquals("caseload", body.get("rpc").get(0).get("data").get("route").asText());
    }

    @Test
    void an_answer_moves_the_sync_and_client_ids_and_builds_the_tree() {
        VaadinUi ui = ui();
        ui.apply(COUPLE_PAGE);

        JsonNode body = read(ui.request(List.of()));
        assertEquals(1, body.get("syncId").asInt());
        assertEquals(1, body.get("clientId").asInt());
        assertEquals("C-0042 · Tandem", ui.title());
        VaadinUi.Node sheet = ui.byId("couple-tabs").orElseThrow();
        VaadinUi.Node tabs = ui.byTag("vaadin-tabs").findFirst().orElseThrow();
        assertTrue(ui.inside(tabs, sheet));
        assertEquals(List.of("Overview", "Sessions"), ui.children(tabs).stream().map(ui::text).toList());
    }

    @Test
    void the_tab_sheet_listener_becomes_a_follow_up_sent_once() {
        VaadinUi ui = ui();
        ui.apply(COUPLE_PAGE);

        assertTrue(ui.hasFollowUps());
        List<JsonNode> followUps = ui.takeFollowUps();
        assertEquals(1, followUps.size());
        assertEquals("updateSelectedTab", followUps.get(0).get("templateEventMethodName").asText());
        assertEquals(6, followUps.get(0).get("node").asInt());
        assertFalse(ui.hasFollowUps());
    }

    @Test
    void a_grid_data_update_is_confirmed_as_the_grid_connector_does() {
        VaadinUi ui = ui();
        ui.apply("""
                {"syncId":1,"clientId":1,"changes":[{"node":9,"type":"attach"},
                  {"node":9,"type":"put","key":"tag","feat":0,"value":"vaadin-grid"},
                  {"node":9,"type":"splice","feat":19,"index":0,"add":["confirmUpdate","setViewportRange"]}],
                 "execute":[[{"@v-node":9},4,"return $0.$connector.confirm($1)"]]}""");

        JsonNode confirm = ui.takeFollowUps().get(0);
        assertEquals("confirmUpdate", confirm.get("templateEventMethodName").asText());
        assertEquals(4, confirm.get("templateEventMethodArgs").get(0).asInt());
        assertEquals(0, confirm.get("promise").asInt());
        assertEquals(1, ui.call(9, "setViewportRange", 0, 100).get("promise").asInt());
    }

    @Test
    void detached_nodes_are_no_longer_found() {
        VaadinUi ui = ui();
        ui.apply(COUPLE_PAGE);
        ui.apply("{\"syncId\":2,\"clientId\":2,\"changes\":[{\"node\":10,\"type\":\"detach\"}]}");

        assertEquals(0, ui.byTag("a").count());
    }

    @Test
    void calling_a_method_the_element_does_not_publish_is_refused() {
        VaadinUi ui = ui();
        ui.apply(COUPLE_PAGE);

        assertThrows(VaadinUi.UidlException.class, () -> ui.call(6, "setViewportRange", 0, 50));
    }

    @Test
    void an_expired_session_or_an_answer_that_is_not_uidl_fails() {
        VaadinUi ui = ui();

        assertThrows(VaadinUi.UidlException.class, () -> ui.apply("{\"meta\":{\"sessionExpired\":true}}"));
        assertThrows(VaadinUi.UidlException.class, () -> ui.apply("<html>login</html>"));
        assertThrows(VaadinUi.UidlException.class, () -> VaadinUi.init("{\"appConfig\":{}}"));
    }

    @Test
    void a_step_fails_when_the_page_shows_an_error_sentence_or_the_wrong_title() {
        Counselor c = new Counselor(1);
        c.start(INIT);
        String problem = c.answer(Counselor.CASELOAD, """
                {"syncId":1,"clientId":1,"changes":[],"execute":[["Needs attention · Tandem","document.title = $0;"]]}""");
        assertTrue(problem.contains("Caseload · Tandem"), problem);

        Counselor d = new Counselor(1);
        d.start(INIT);
        String error = d.answer(Counselor.NEEDS_ATTENTION, """
                {"syncId":1,"clientId":1,"changes":[{"node":3,"type":"put","key":"text","feat":7,
                  "value":"Something went wrong and this was not saved. Try again"}]}""");
        assertTrue(error.contains("Something went wrong"), error);
    }

    private static JsonNode read(String json) {
        try {
            return VaadinUi.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
