package app.tandem.intake;

import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple's consents and IPV screens as case-file records. Does not check access: only the
 * progress feature's record assembler uses it, after its callers checked the caller's access to
 * the couple (decision 0087: other features read this feature's tables through it, never through
 * its repositories).
 */
@Component
public class IntakeRecords {

    private final PartnerConsentRepository consents;
    private final IpvScreeningRepository screens;

    IntakeRecords(PartnerConsentRepository consents, IpvScreeningRepository screens) {
        this.consents = consents;
        this.screens = screens;
    }

    /** Consents to couples work: both partners' (a data-access copy keeps only its partner's own). */
    @Transactional(readOnly = true)
    public List<CaseFile.Consent> consents(Couple couple) {
        return consents.forCouple(couple).stream()
                .map(k -> new CaseFile.Consent(
                        k.getPartner(), k.getGivenOn(), k.getMethod(), k.getTextVersion(), k.getRecordedBy()))
                .toList();
    }

    /** IPV screens are private to their partner and safety records: only in the whole record. */
    @Transactional(readOnly = true)
    public List<CaseFile.IpvScreen> screens(Couple couple) {
        return screens.forCouple(couple).stream()
                .map(s -> new CaseFile.IpvScreen(
                        s.getPartner(),
                        s.getScreenedOn(),
                        s.getScreenedBy(),
                        s.hits(),
                        s.answers(),
                        s.getConclusion(),
                        s.getNotes()))
                .toList();
    }
}
