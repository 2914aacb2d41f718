package app.tandem.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A section of a guide version: prerequisites, steps, common mistakes, expected results, advanced options. */
@Entity
@Table(name = "guide_section")
public class GuideSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "guide_section_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guide_version_id")
    private GuideVersion guideVersion;

    @Column(name = "section_key", nullable = false)
    private String sectionKey;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary")
    private String summary;

    @Column(name = "position", nullable = false)
    private int position;

    protected GuideSection() {}

    GuideSection(GuideVersion guideVersion, String sectionKey, String title, String summary, int position) {
        this.guideVersion = guideVersion;
        this.sectionKey = sectionKey;
        this.title = title;
        this.summary = summary;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getPosition() {
        return position;
    }

    public GuideVersion getGuideVersion() {
        return guideVersion;
    }
}
