package app.tandem.couple;

/** Contextual stressors (guide, preparation 2). */
public enum Stressor {
    WORK_STRESS,
    IN_LAW_STRESS,
    UNRESOLVED_CONFLICT,
    HEALTH,
    FINANCES,
    PARENTING,
    OTHER
}
