package app.tandem.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small RFC 5545 writer for one partner's calendar: all-day events, a weekly or daily series as
 * one event with an RRULE, CRLF line ends, lines folded at 75 octets, text escaped. Titles are
 * neutral words chosen by the caller; nothing clinical is written (decision 0104).
 */
final class CalendarFile {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One event; {@code frequency} is DAILY or WEEKLY with {@code count} occurrences, or null for a single day. */
    record Event(String uid, String title, LocalDate start, String frequency, int count) {}

    private CalendarFile() {}

    static String write(String calendarName, String timeZone, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Tandem//Between sessions//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        line(out, "X-WR-TIMEZONE:" + timeZone);
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.start()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.start().plusDays(1)));
            if (e.frequency() != null) {
                line(out, "RRULE:FREQ=" + e.frequency() + ";COUNT=" + e.count());
            }
            line(out, "SUMMARY:" + escape(e.title()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "CLASS:PRIVATE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
