package app.tandem.support;

import app.tandem.casefile.PartnerId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A fictional couple with every kind of record for both partners ({@code privacy/every-record.json}):
 * joint and individual sessions and a no-show, private notes and private amendments for each,
 * reflections, safe contact, safety flags, a safety review with a plan, a domestic-violence
 * referral, both report audiences. Each partner's strings are unique in the file, so a search of
 * any output for them shows whether that partner's data reached it.
 */
public final class EveryRecordCouple {

    /** A's identifying data and private content; none of it may reach B. */
    public static final List<String> A_STRINGS = List.of(
            "Maribel",
            "Quenneville",
            "maribel.quenneville@example.org",
            "+1 555 0142",
            "she/her",
            "Texts only after six, never voicemail",
            "Own reflection of A: the walk by the harbour helped",
            "Own reflection of A: wrote three statements about the evenings",
            "Write three I-statements.",
            "Private to A: worried about the debts from the move",
            "Private amendment of A: the debts are on her card.",
            "Private to A: afraid when the arguments start late",
            "Private to A: he took her keys last week",
            "Session of A alone: screened for safety, seen alone.",
            "Session of A alone: meet again in a week.",
            "Shared correction of A's session: screening used DA-5.",
            "2026-09-14",
            "Check-in of A: the evenings are calmer",
            "Check-in reflection of A: wrote two of the three");

    /** B's identifying data and private content; none of it may reach A. */
    public static final List<String> B_STRINGS = List.of(
            "Teodoro",
            "Okonkwo",
            "teodoro.okonkwo@example.org",
            "+1 555 0199",
            "he/him",
            "Call the workshop landline between nine and noon",
            "Own reflection of B: felt watched all weekend",
            "Own reflection of B: could not find the time at the workshop",
            "Ten minutes of a shared hobby.",
            "Private to B: keeps a second phone for the workshop",
            "Private amendment of B: the second phone is for his brother.",
            "Private to B: thinks about leaving for the city",
            "Private amendment of B: has told his cousin everything.",
            "Private to B: relieved the sessions continue",
            "Session of B alone: spoke about the workshop and his father.",
            "Session of B alone: crisis line given.",
            "Shared correction of B's session: it was by video.",
            "2026-09-15",
            "Check-in of B: long days at the workshop");

    /** The joint records: in one partner's copy only when the other authorised it under an agreed policy. */
    public static final List<String> JOINT_STRINGS = List.of(
            "Joint note: a tense start, both spoke about the evenings.",
            "Joint note plan: individual sessions for now.",
            "Shared correction: the session ran seventy minutes.",
            "Joint intake context: distance grew after the move to the coast.",
            "Weekly protected time together",
            "Joint intake completed",
            "Riverside couples clinic",
            "Joint referral note: waiting list",
            "SILENCE_AS_AGREEMENT",
            "HOSTILITY");

    /** The safety records: in a copy only when a supervisor released them. */
    public static final List<String> SAFETY_STRINGS = List.of(
            "Safety plan: code word and a packed bag at a neighbour's",
            "Harbour advocacy intake for the at-risk partner",
            "Harbour domestic-abuse advocacy",
            "Advocate intake booked for the at-risk partner",
            "IPV_INDICATOR",
            "NOT_SAFE");

    /** Never in any partner's copy. */
    public static final List<String> NEVER_STRINGS = List.of(
            "SECRECY",
            "Lindqvist individual practice",
            "Individual referral note: twelve sessions",
            "No-show note: nobody came to the appointment.",
            "2026-09-21",
            "SAFETY_REFERRAL");

    private EveryRecordCouple() {}

    public static byte[] json() {
        try (InputStream in = EveryRecordCouple.class.getResourceAsStream("/privacy/every-record.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> strings(PartnerId partner) {
        return partner == PartnerId.A ? A_STRINGS : B_STRINGS;
    }
}
