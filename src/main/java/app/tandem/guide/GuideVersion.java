package app.tandem.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One loaded version of a seed guide; never changed after loading. */
@Entity
@Table(name = "guide_version")
public class GuideVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "guide_version_id")
    private Long id;

    @Column(name = "guide_key", nullable = false)
    private String guideKey;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected GuideVersion() {}

    GuideVersion(String guideKey, int versionNo, String title, Instant loadedAt) {
        this.guideKey = guideKey;
        this.versionNo = versionNo;
        this.title = title;
        this.loadedAt = loadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getGuideKey() {
        return guideKey;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }
}
