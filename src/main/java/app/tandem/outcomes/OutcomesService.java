package app.tandem.outcomes;

import app.tandem.base.CurrentUser;
import app.tandem.base.TandemUser;
import app.tandem.outcomes.PracticeOutcomes.AdherenceBand;
import app.tandem.outcomes.PracticeOutcomes.Escalations;
import app.tandem.outcomes.PracticeOutcomes.Outcome;
import app.tandem.practice.PracticeSettingsService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice outcomes in three statements, whatever the practice size: the practice's settings
 * (its time zone, for today's date), one over the couples with their
 * summary and stored assessment row (the per-partner classification and number of scored sessions
 * read from the stored assessment JSON), one over the referrals of the period. A counselor sees
 * their own caseload only, whatever they ask for; a supervisor the whole practice or one counselor.
 *
 * <p>A couple counts as reliably improved when at least one partner reliably improved and neither
 * deteriorated, as deteriorated when either partner did, otherwise as unchanged; only couples
 * whose two partners both have enough data for a classification count (decision 0093).
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class OutcomesService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final PracticeSettingsService practice;

    OutcomesService(JdbcClient jdbc, CurrentUser currentUser, PracticeSettingsService practice) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.practice = practice;
    }

    /** The figures for the last {@code months} months; {@code counselorId} null: the whole practice (supervisors). */
    @Transactional(readOnly = true)
    public PracticeOutcomes outcomes(Long counselorId, int months) {
        TandemUser user = currentUser.require();
        Long counselor = user.isSupervisor() ? counselorId : Long.valueOf(user.id());
        LocalDate to = practice.today();
        LocalDate from = to.minusMonths(Math.max(1, months)).plusDays(1);

        List<Row> rows = rows(counselor);
        Tally tally = new Tally();
        for (Row r : rows) {
            tally.add(r, from, to);
        }
        return new PracticeOutcomes(
                from,
                to,
                tally.seen,
                tally.partners,
                tally.couples,
                tally.adherence,
                tally.recommendations,
                escalations(counselor, from, to),
                median(tally.improvedPoints));
    }

    /** A couple's current figures as the outcomes read them. */
    private record Row(
            String status,
            String recommendation,
            BigDecimal adherence,
            LocalDate lastSession,
            String classA,
            String classB,
            Integer pointsA,
            Integer pointsB) {}

    /** Every couple of {@code counselor} (all when null) with its summary and current assessment. */
    private List<Row> rows(Long counselor) {
        return jdbc.sql("""
                select c.status, a.recommendation, s.adherence, s.last_session_date,
                       json_unquote(json_extract(a.assessment_json, '$.partners.A.classification')) as class_a,
                       json_unquote(json_extract(a.assessment_json, '$.partners.B.classification')) as class_b,
                       json_extract(a.assessment_json, '$.partners.A.dataPoints') as points_a,
                       json_extract(a.assessment_json, '$.partners.B.dataPoints') as points_b
                from couple c
                join couple_summary s on s.couple_id = c.couple_id
                left join couple_assessment a on a.couple_id = c.couple_id
                where (:counselor is null or c.counselor_id = :counselor)""")
                .param("counselor", counselor)
                .query((rs, i) -> {
                    Date last = rs.getDate("last_session_date");
                    return new Row(
                            rs.getString("status"),
                            rs.getString("recommendation"),
                            rs.getBigDecimal("adherence"),
                            last == null ? null : last.toLocalDate(),
                            rs.getString("class_a"),
                            rs.getString("class_b"),
                            integer(rs.getString("points_a")),
                            integer(rs.getString("points_b")));
                })
                .list();
    }

    /** Referrals made in the period by type, with how many led to a first session. */
    private Map<String, Escalations> escalations(Long counselor, LocalDate from, LocalDate to) {
        record Referrals(String type, Escalations counts) {}
        Map<String, Escalations> escalations = new TreeMap<>();
        jdbc.sql("""
                select r.type, count(*) as referred, sum(case when r.first_session_on is not null then 1 else 0 end) as held
                from referral r join couple c on c.couple_id = r.couple_id
                where r.referred_on between :from and :to and (:counselor is null or c.counselor_id = :counselor)
                group by r.type""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("counselor", counselor)
                .query((rs, i) ->
                        new Referrals(rs.getString("type"), new Escalations(rs.getInt("referred"), rs.getInt("held"))))
                .list()
                .forEach(r -> escalations.put(r.type(), r.counts()));
        return escalations;
    }

    /** The counts the outcomes are made of, added up couple by couple. */
    private static final class Tally {
        final Map<Outcome, Integer> partners = zeros(Outcome.class);
        final Map<Outcome, Integer> couples = zeros(Outcome.class);
        final Map<AdherenceBand, Integer> adherence = zeros(AdherenceBand.class);
        final Map<String, Integer> recommendations = new TreeMap<>();
        final List<Integer> improvedPoints = new ArrayList<>();
        int seen;

        void add(Row r, LocalDate from, LocalDate to) {
            if ("ACTIVE".equals(r.status()) && r.recommendation() != null) {
                recommendations.merge(r.recommendation(), 1, Integer::sum);
            }
            if (r.lastSession() == null
                    || r.lastSession().isBefore(from)
                    || r.lastSession().isAfter(to)) {
                return;
            }
            seen++;
            adherence.merge(band(r.adherence()), 1, Integer::sum);
            Outcome a = outcome(r.classA());
            Outcome b = outcome(r.classB());
            for (Outcome o : new Outcome[] {a, b}) {
                if (o != null) {
                    partners.merge(o, 1, Integer::sum);
                }
            }
            if (a == Outcome.IMPROVED && r.pointsA() != null) {
                improvedPoints.add(r.pointsA());
            }
            if (b == Outcome.IMPROVED && r.pointsB() != null) {
                improvedPoints.add(r.pointsB());
            }
            if (a != null && b != null) {
                Outcome couple = a == Outcome.DETERIORATED || b == Outcome.DETERIORATED
                        ? Outcome.DETERIORATED
                        : a == Outcome.IMPROVED || b == Outcome.IMPROVED ? Outcome.IMPROVED : Outcome.UNCHANGED;
                couples.merge(couple, 1, Integer::sum);
            }
        }
    }

    static AdherenceBand band(BigDecimal adherence) {
        if (adherence == null) {
            return AdherenceBand.NONE_DUE;
        }
        double v = adherence.doubleValue();
        return v >= 0.75
                ? AdherenceBand.FROM_75
                : v >= 0.5 ? AdherenceBand.FROM_50 : v >= 0.25 ? AdherenceBand.FROM_25 : AdherenceBand.BELOW_25;
    }

    private static Outcome outcome(String classification) {
        if (classification == null || classification.equalsIgnoreCase("null")) {
            return null;
        }
        return Outcome.valueOf(classification);
    }

    private static Integer integer(String json) {
        return json == null || json.equalsIgnoreCase("null") ? null : Integer.valueOf(json.trim());
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0);
        }
        return map;
    }
}
