package dk.borgerstemme.platform.catalogue;

/**
 * The organisation's deadlines for complaint handling. The defaults: acknowledge within 2 and answer
 * within 10 working days (common municipal service goals); access to records within 7 working days
 * (offentlighedsloven § 36); reconsider a decision within 4 weeks (retssikkerhedsloven § 67).
 */
public record Deadlines(int acknowledgementWorkingDays, int answerWorkingDays, int accessToRecordsWorkingDays,
                        int decisionReconsiderationWeeks) {

    public static final Deadlines DEFAULT = new Deadlines(2, 10, 7, 4);
}
