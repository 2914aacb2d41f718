package app.tandem.couple;

import app.tandem.casefile.PartnerId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointReleaseConsentRepository extends JpaRepository<JointReleaseConsent, Long> {

    @Query("select c from JointReleaseConsent c where c.couple = :couple order by c.partner")
    List<JointReleaseConsent> forCouple(Couple couple);

    @Query("select c from JointReleaseConsent c where c.couple = :couple and c.partner = :partner")
    Optional<JointReleaseConsent> find(Couple couple, PartnerId partner);
}
