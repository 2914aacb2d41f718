package app.tandem.couple;

import app.tandem.base.FieldLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One partner of a couple. Partners are persons in their own right (scores, homework and private
 * notes are kept per partner) but exist only within their couple, so they are embedded in it.
 */
@Embeddable
public class Partner {

    public static final int NAME_MAX_LENGTH = FieldLimits.PARTNER_NAME;
    public static final int PRONOUNS_MAX_LENGTH = FieldLimits.PRONOUNS;
    public static final int EMAIL_MAX_LENGTH = FieldLimits.EMAIL;
    public static final int PHONE_MAX_LENGTH = FieldLimits.PHONE;
    public static final int NOTE_MAX_LENGTH = FieldLimits.SAFE_CONTACT_NOTE;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "pronouns")
    private String pronouns;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "safe_email")
    private Boolean safeEmail;

    @Column(name = "safe_phone")
    private Boolean safePhone;

    @Column(name = "safe_note")
    private String safeNote;

    protected Partner() {}

    public Partner(
            String firstName,
            String lastName,
            String pronouns,
            String email,
            String phone,
            Boolean safeEmail,
            Boolean safePhone,
            String safeNote) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.pronouns = pronouns;
        this.email = email;
        this.phone = phone;
        this.safeEmail = safeEmail;
        this.safePhone = safePhone;
        this.safeNote = safeNote;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Boolean getSafeEmail() {
        return safeEmail;
    }

    public Boolean getSafePhone() {
        return safePhone;
    }

    public String getSafeNote() {
        return safeNote;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** This partner with another safe-contact preference (asked with the partner alone). */
    Partner withSafeContact(Boolean safeEmail, Boolean safePhone, String safeNote) {
        return new Partner(firstName, lastName, pronouns, email, phone, safeEmail, safePhone, safeNote);
    }

    /** True when any safe-contact preference has been recorded. */
    public boolean hasSafeContact() {
        return safeEmail != null || safePhone != null || (safeNote != null && !safeNote.isBlank());
    }
}
