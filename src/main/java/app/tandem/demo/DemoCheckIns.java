package app.tandem.demo;

import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInAnswers;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInRecord;
import app.tandem.checkin.CheckInService;
import app.tandem.checkin.FeelsSafe;
import app.tandem.couple.Couple;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo practice's partners' check-ins through their links: read and unread ones for the first
 * couple, a "not sure" one for a struggling couple.
 */
final class DemoCheckIns {

    private final CheckInLinkService checkInLinks;
    private final CheckInService checkIns;

    DemoCheckIns(CheckInLinkService checkInLinks, CheckInService checkIns) {
        this.checkInLinks = checkInLinks;
        this.checkIns = checkIns;
    }

    void write(DemoCouples c) {
        checkIn(c, "couples-therapy", PartnerId.A, new int[] {9, 4}, new int[][] {{5, 5, 6, 11}, {6, 5, 6, 12}});
        checkIn(c, "couples-therapy", PartnerId.B, new int[] {9, 1}, new int[][] {{6, 7, 7, 14}, {6, 6, 7, 13}});
        Couple struggling = c.couple("generated-struggling").couple;
        c.actAsOwner("generated-struggling", c.today().minusDays(2), 19, 0, () -> {
            String token = checkInLinks.create(struggling.getId(), PartnerId.B).token();
            checkIns.save(
                    token,
                    "demo",
                    new CheckInAnswers(
                            FeelsSafe.NOT_SURE, 3, 2, 3, null, Map.of(), Map.of(), "The last week was tense at home."));
        });
    }

    /**
     * A partner's check-ins through their link, on the given days before today, each with its
     * scores (safety, effort, communication, CSI-4); every one but the latest is read by the counselor.
     */
    private void checkIn(DemoCouples c, String name, PartnerId partner, int[] daysAgo, int[][] scores) {
        Couple couple = c.couple(name).couple;
        LocalDate today = c.today();
        String[] token = new String[1];
        c.actAsOwner(
                name,
                today.minusDays(daysAgo[0] + 1),
                18,
                0,
                () -> token[0] = checkInLinks.create(couple.getId(), partner).token());
        for (int k = 0; k < daysAgo.length; k++) {
            int[] s = scores[k];
            c.actAsOwner(
                    name,
                    today.minusDays(daysAgo[k]),
                    21,
                    0,
                    () -> checkIns.save(
                            token[0],
                            "demo",
                            new CheckInAnswers(FeelsSafe.SAFE, s[0], s[1], s[2], s[3], Map.of(), Map.of(), null)));
            if (k < daysAgo.length - 1) {
                c.actAsOwner(name, today.minusDays(daysAgo[k] - 1), 8, 30, () -> {
                    List<CheckInRecord> unread = checkInLinks.checkIns(couple.getId(), partner).stream()
                            .filter(r -> !r.reviewed())
                            .toList();
                    unread.forEach(r -> checkInLinks.markReviewed(r.id()));
                });
            }
        }
    }
}
