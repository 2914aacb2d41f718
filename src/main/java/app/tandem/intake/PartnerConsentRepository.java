package app.tandem.intake;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerConsentRepository extends JpaRepository<PartnerConsent, Long> {

    /** The consents of a couple, oldest first. */
    @Query("select c from PartnerConsent c where c.couple = :couple order by c.givenOn, c.id")
    List<PartnerConsent> forCouple(Couple couple);
}
