package app.tandem.security;

import java.util.Map;

/** Accounts whose passwords are printed for everyone to read (the demo's): valid only in demo mode. */
public interface PublishedPasswords {

    /** Published password per account e-mail address. */
    Map<String, String> byEmail();
}
