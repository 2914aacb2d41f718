package app.tandem.security;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before the web server takes requests: outside demo mode, an account that still has a password
 * published by the demo is deactivated (whatever data folder this start was pointed at), and a
 * start without any account prints a setup code. In demo mode such accounts are activated again,
 * since there the published passwords are the point.
 */
@Component
class StartupAccountChecks implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupAccountChecks.class);

    private final CounselorRepository counselors;
    private final PasswordChecks passwords;
    private final SetupCodes setupCodes;
    private final ObjectProvider<PublishedPasswords> published;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Environment env;

    StartupAccountChecks(
            CounselorRepository counselors,
            PasswordChecks passwords,
            SetupCodes setupCodes,
            ObjectProvider<PublishedPasswords> published,
            AuditService audit,
            TransactionTemplate transactions,
            Environment env) {
        this.counselors = counselors;
        this.passwords = passwords;
        this.setupCodes = setupCodes;
        this.published = published;
        this.audit = audit;
        this.transactions = transactions;
        this.env = env;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        List<String> changed = transactions.execute(status -> applyPublishedPasswordRule(demo));
        if (!demo && !changed.isEmpty()) {
            String sentence =
                    "Demo accounts deactivated because their passwords are published and this start is not in demo mode: "
                            + String.join(", ", changed)
                            + " (use the demo profile for the demo, or a data folder of its own for real work).";
            System.out.println(sentence);
            log.warn(sentence);
        }
        if (!demo && transactions.execute(status -> counselors.count()) == 0) {
            setupCodes.issue();
        }
    }

    private List<String> applyPublishedPasswordRule(boolean demo) {
        List<String> changed = new ArrayList<>();
        for (PublishedPasswords source : published) {
            for (Map.Entry<String, String> entry : source.byEmail().entrySet()) {
                counselors
                        .findByEmail(entry.getKey())
                        .filter(c -> c.isActive() != demo && passwords.matches(entry.getValue(), c.getPasswordHash()))
                        .ifPresent(c -> {
                            c.setActive(demo);
                            changed.add(c.getEmail());
                            if (!demo) {
                                audit.record(
                                        AuditAction.DEMO_ACCOUNT_DISABLED,
                                        "ACCOUNT",
                                        c.getId(),
                                        AuditService.OK,
                                        "published demo password on a start without the demo profile");
                            }
                        });
            }
        }
        return changed;
    }
}
