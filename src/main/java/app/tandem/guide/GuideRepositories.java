package app.tandem.guide;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GuideVersionRepository extends JpaRepository<GuideVersion, Long> {

    Optional<GuideVersion> findByGuideKeyAndVersionNo(String guideKey, int versionNo);

    Optional<GuideVersion> findFirstByGuideKeyOrderByVersionNoDesc(String guideKey);
}

interface GuideSectionRepository extends JpaRepository<GuideSection, Long> {

    @Query("select s from GuideSection s where s.guideVersion = :version order by s.position")
    List<GuideSection> findByVersion(GuideVersion version);
}

interface GuideStepRepository extends JpaRepository<GuideStep, Long> {

    @Query(
            "select st from GuideStep st join fetch st.section s where s.guideVersion = :version order by s.position, st.position")
    List<GuideStep> findByVersion(GuideVersion version);

    @Query("select st from GuideStep st where st.practiceStep = true order by st.retired, st.title")
    List<GuideStep> findPracticeSteps();

    boolean existsByStepKey(String stepKey);
}
