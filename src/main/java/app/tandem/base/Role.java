package app.tandem.base;

/** Account roles. A supervisor can do everything a counselor can, for every caseload. */
public enum Role {
    COUNSELOR,
    SUPERVISOR
}
