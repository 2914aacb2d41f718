package app.tandem.couple;

/** The secrets policy agreed at intake. */
public enum SecretsPolicy {
    NO_SECRETS,
    LIMITED_SECRETS,
    NOT_AGREED
}
