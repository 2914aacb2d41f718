package app.tandem.practice;

import app.tandem.base.AbstractEntity;
import app.tandem.base.FieldLimits;
import app.tandem.pdf.PracticeInfo.PageSize;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** The single row of practice settings (id 1). */
@Entity
@Table(name = "practice_settings")
public class PracticeSettings extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = FieldLimits.PRACTICE_NAME;
    public static final int CONTACT_MAX_LENGTH = FieldLimits.PRACTICE_CONTACT;
    public static final int RESOURCES_MAX_LENGTH = FieldLimits.PRACTICE_RESOURCES;
    /** Closed couples are kept this many years by default (a common period for counselling records). */
    public static final int DEFAULT_RETENTION_YEARS = 7;
    /** How long a partner's check-in link stays valid unless the practice chooses otherwise. */
    public static final int DEFAULT_CHECK_IN_LINK_DAYS = 14;

    public static final int MAX_CHECK_IN_LINK_DAYS = 90;
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 100;

    @Id
    @Column(name = "practice_settings_id")
    private Long id;

    @Column(name = "practice_name", nullable = false)
    private String practiceName;

    @Column(name = "contact")
    private String contact;

    @Column(name = "local_resources")
    private String localResources;

    @Enumerated(EnumType.STRING)
    @Column(name = "page_size", nullable = false)
    private PageSize pageSize = PageSize.A4;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Column(name = "retention_years", nullable = false)
    private int retentionYears = DEFAULT_RETENTION_YEARS;

    @Column(name = "crisis_region")
    private String crisisRegion;

    @Column(name = "crisis_lines")
    private String crisisLines;

    @Column(name = "check_in_link_days", nullable = false)
    private int checkInLinkDays = DEFAULT_CHECK_IN_LINK_DAYS;

    protected PracticeSettings() {}

    @Override
    public Long getId() {
        return id;
    }

    public String getPracticeName() {
        return practiceName;
    }

    public void setPracticeName(String practiceName) {
        this.practiceName = practiceName;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getLocalResources() {
        return localResources;
    }

    public void setLocalResources(String localResources) {
        this.localResources = localResources;
    }

    public PageSize getPageSize() {
        return pageSize;
    }

    public void setPageSize(PageSize pageSize) {
        this.pageSize = pageSize;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** How many years after closing a closed couple is kept before it may be destroyed. */
    public int getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(int retentionYears) {
        this.retentionYears = retentionYears;
    }

    /** The region whose emergency number and crisis lines safety reports print, or null while none is chosen. */
    public String getCrisisRegion() {
        return crisisRegion;
    }

    public void setCrisisRegion(String crisisRegion) {
        this.crisisRegion = crisisRegion;
    }

    /** The practice's own version of its region's crisis lines, or null for the shipped defaults. */
    public String getCrisisLines() {
        return crisisLines;
    }

    public void setCrisisLines(String crisisLines) {
        this.crisisLines = crisisLines;
    }

    /** How many days a new check-in link stays valid (1 to {@link #MAX_CHECK_IN_LINK_DAYS}). */
    public int getCheckInLinkDays() {
        return checkInLinkDays;
    }

    public void setCheckInLinkDays(int checkInLinkDays) {
        this.checkInLinkDays = checkInLinkDays;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
