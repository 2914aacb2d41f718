package app.tandem.security;

/** Account roles. A supervisor can do everything a counselor can, for every caseload. */
public enum Role {
    COUNSELOR,
    SUPERVISOR
}
