package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.NotFoundException;
import app.tandem.couple.Couple;
import app.tandem.homework.HomeworkService;
import app.tandem.report.ReportService;
import app.tandem.security.Counselor;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The service methods that used to have no guard of their own (the import's restore steps, the
 * assessment refresh that returns a couple's assessment): each refuses a couple outside the
 * caller's caseload (audited) and anyone not signed in.
 */
@TandemTest
class ServiceGuardsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CurrentAssessmentService assessments;

    @Autowired
    SessionService sessions;

    @Autowired
    HomeworkService homework;

    @Autowired
    ReportService reports;

    @Autowired
    AuditEventRepository audit;

    Couple danasCouple;
    Counselor lee;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        Counselor dana = fixtures.counselor("Dana Whitfield");
        lee = fixtures.counselor("Lee Marsh");
        danasCouple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        fixtures.logout();
    }

    private List<Executable> guarded() {
        return List.of(
                () -> assessments.refresh(danasCouple.getId()),
                () -> sessions.restore(danasCouple, List.of(), List.of()),
                () -> homework.restore(danasCouple, List.of()),
                () -> reports.restore(danasCouple, List.of()));
    }

    @Test
    void another_counselor_is_refused_as_if_the_couple_did_not_exist_and_each_refusal_is_audited() {
        fixtures.loginAs(lee);
        for (Executable call : guarded()) {
            assertThatThrownBy(call::execute).isInstanceOf(NotFoundException.class);
        }
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED))
                .hasSize(guarded().size());
    }

    @Test
    void nobody_signed_in_is_refused() {
        for (Executable call : guarded()) {
            assertThatThrownBy(call::execute)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    @Test
    void a_supervisor_may_refresh_any_couple() {
        fixtures.loginAs(fixtures.supervisor("Robin Okafor"));
        assertThat(assessments.refresh(danasCouple.getId())).isNotNull();
    }
}
