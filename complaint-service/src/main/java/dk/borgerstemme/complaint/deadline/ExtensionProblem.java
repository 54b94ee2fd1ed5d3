package dk.borgerstemme.complaint.deadline;

/** Why an extension of the answer deadline cannot be made: the form field it concerns and a message key (bundle {@code i18n/handling}). */
public enum ExtensionProblem {
    REASON_MISSING("reason", "deadline.extension.reasonMissing"),
    NEW_DATE_MISSING("newDue", "deadline.extension.newDateMissing"),
    NEW_DATE_NOT_LATER("newDue", "deadline.extension.newDateNotLater"),
    NEW_DATE_IN_THE_PAST("newDue", "deadline.extension.newDateInThePast"),
    NEW_DATE_NOT_A_WORKING_DAY("newDue", "deadline.extension.newDateNotAWorkingDay");

    private final String field;
    private final String messageKey;

    ExtensionProblem(String field, String messageKey) {
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
