package app.tandem.couple;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoupleSummaryRepository extends JpaRepository<CoupleSummary, Long> {}
