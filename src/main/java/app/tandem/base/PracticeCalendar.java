package app.tandem.base;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The practice's calendar: its time zone and what "today" is there. Implemented by the practice
 * feature's settings; kept here so that features below it (the audit trail, accounts) can show
 * dates in the practice's zone without depending on the practice feature (decision 0087).
 */
public interface PracticeCalendar {

    /** What "today" is for the practice: assessments are made as of this date. */
    LocalDate today();

    /** The practice's time zone, in which dates and times are shown. */
    ZoneId zone();
}
