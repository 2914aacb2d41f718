package app.tandem.practice;

import app.tandem.pdf.PracticeInfo.PageSize;

/**
 * The practice settings as the settings form edits them, with the version they were read at
 * (the form binds this record, never the entity).
 */
public record PracticeSettingsValues(
        String practiceName,
        String contact,
        String localResources,
        String crisisRegion,
        String crisisLines,
        PageSize pageSize,
        String timeZone,
        Integer retentionYears,
        Integer checkInLinkDays,
        long version) {

    public static PracticeSettingsValues of(PracticeSettings s) {
        return new PracticeSettingsValues(
                s.getPracticeName(),
                s.getContact(),
                s.getLocalResources(),
                s.getCrisisRegion(),
                s.getCrisisLines(),
                s.getPageSize(),
                s.getTimeZone(),
                s.getRetentionYears(),
                s.getCheckInLinkDays(),
                s.getVersion());
    }
}
