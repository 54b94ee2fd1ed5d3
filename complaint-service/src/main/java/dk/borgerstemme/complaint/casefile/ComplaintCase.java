package dk.borgerstemme.complaint.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A complaint, praise or suggestion and everything its handling decides about it. Its tracks,
 * deadlines, messages and audit trail live in their own tables. Contact details are held only as
 * cipher text; {@code version} makes every update optimistic: a stale write fails instead of
 * overwriting someone else's change.
 */
@MappedEntity("complaint_case")
public class ComplaintCase {
    @Id @GeneratedValue
    private Long id;
    private String organisation;
    private String reference;
    private Kind kind;
    private LocalDate receivedOn;
    private LocalDateTime receivedAt;
    private Status status;
    private Channel channel;
    @Nullable
    private String registeredBy;
    private ComplainantRole complainantRole;
    @Nullable
    private String areaId;
    @Nullable
    private String unitId;
    @Nullable
    private String category;
    private String whatHappened;
    @Nullable
    private String wish;
    private boolean aboutDecision;
    @Nullable
    private LocalDate decisionDate;
    private boolean lateDecisionComplaint;
    private boolean anonymous;
    private boolean hideNameFromUnit;
    @Nullable
    private byte[] contactCiphertext;
    @Nullable
    private String contactKeyId;
    @Nullable
    private LocalDate contactErasedOn;
    private String statusCodeHash;
    @Nullable
    private String submissionKey;
    private String teamId;
    @Nullable
    private String assignee;
    private boolean safetyConcern;
    @Nullable
    private ReconsiderationResult reconsiderationResult;
    @Nullable
    private LocalDate reconsideredOn;
    @Nullable
    private LocalDate forwardedOn;
    @Nullable
    private AnkestyrelsenDecision ankestyrelsenDecision;
    @Nullable
    private LocalDate ankestyrelsenDecidedOn;
    @Nullable
    private Outcome outcome;
    @Nullable
    private String rootCause;
    @Nullable
    private String learning;
    @Nullable
    private Boolean replySent;
    @Nullable
    private String noReplyReason;
    @Nullable
    private LocalDateTime closedAt;
    private int reopenCount;
    @Nullable
    private Long mergedInto;
    private LocalDateTime updatedAt;
    @Nullable
    private String language;
    @Version
    private Long version;

    @Nullable
    public Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    @Nullable
    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(@Nullable String registeredBy) {
        this.registeredBy = registeredBy;
    }

    public ComplainantRole getComplainantRole() {
        return complainantRole;
    }

    public void setComplainantRole(ComplainantRole complainantRole) {
        this.complainantRole = complainantRole;
    }

    @Nullable
    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(@Nullable String areaId) {
        this.areaId = areaId;
    }

    @Nullable
    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable String unitId) {
        this.unitId = unitId;
    }

    @Nullable
    public String getCategory() {
        return category;
    }

    public void setCategory(@Nullable String category) {
        this.category = category;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    @Nullable
    public String getWish() {
        return wish;
    }

    public void setWish(@Nullable String wish) {
        this.wish = wish;
    }

    public boolean isAboutDecision() {
        return aboutDecision;
    }

    public void setAboutDecision(boolean aboutDecision) {
        this.aboutDecision = aboutDecision;
    }

    @Nullable
    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(@Nullable LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public boolean isLateDecisionComplaint() {
        return lateDecisionComplaint;
    }

    public void setLateDecisionComplaint(boolean lateDecisionComplaint) {
        this.lateDecisionComplaint = lateDecisionComplaint;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isHideNameFromUnit() {
        return hideNameFromUnit;
    }

    public void setHideNameFromUnit(boolean hideNameFromUnit) {
        this.hideNameFromUnit = hideNameFromUnit;
    }

    @Nullable
    public byte[] getContactCiphertext() {
        return contactCiphertext;
    }

    public void setContactCiphertext(@Nullable byte[] contactCiphertext) {
        this.contactCiphertext = contactCiphertext;
    }

    @Nullable
    public String getContactKeyId() {
        return contactKeyId;
    }

    public void setContactKeyId(@Nullable String contactKeyId) {
        this.contactKeyId = contactKeyId;
    }

    @Nullable
    public LocalDate getContactErasedOn() {
        return contactErasedOn;
    }

    public void setContactErasedOn(@Nullable LocalDate contactErasedOn) {
        this.contactErasedOn = contactErasedOn;
    }

    public String getStatusCodeHash() {
        return statusCodeHash;
    }

    public void setStatusCodeHash(String statusCodeHash) {
        this.statusCodeHash = statusCodeHash;
    }

    @Nullable
    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(@Nullable String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    @Nullable
    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(@Nullable String assignee) {
        this.assignee = assignee;
    }

    public boolean isSafetyConcern() {
        return safetyConcern;
    }

    public void setSafetyConcern(boolean safetyConcern) {
        this.safetyConcern = safetyConcern;
    }

    @Nullable
    public ReconsiderationResult getReconsiderationResult() {
        return reconsiderationResult;
    }

    public void setReconsiderationResult(@Nullable ReconsiderationResult reconsiderationResult) {
        this.reconsiderationResult = reconsiderationResult;
    }

    @Nullable
    public LocalDate getReconsideredOn() {
        return reconsideredOn;
    }

    public void setReconsideredOn(@Nullable LocalDate reconsideredOn) {
        this.reconsideredOn = reconsideredOn;
    }

    @Nullable
    public LocalDate getForwardedOn() {
        return forwardedOn;
    }

    public void setForwardedOn(@Nullable LocalDate forwardedOn) {
        this.forwardedOn = forwardedOn;
    }

    @Nullable
    public AnkestyrelsenDecision getAnkestyrelsenDecision() {
        return ankestyrelsenDecision;
    }

    public void setAnkestyrelsenDecision(@Nullable AnkestyrelsenDecision ankestyrelsenDecision) {
        this.ankestyrelsenDecision = ankestyrelsenDecision;
    }

    @Nullable
    public LocalDate getAnkestyrelsenDecidedOn() {
        return ankestyrelsenDecidedOn;
    }

    public void setAnkestyrelsenDecidedOn(@Nullable LocalDate ankestyrelsenDecidedOn) {
        this.ankestyrelsenDecidedOn = ankestyrelsenDecidedOn;
    }

    @Nullable
    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    @Nullable
    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(@Nullable String rootCause) {
        this.rootCause = rootCause;
    }

    @Nullable
    public String getLearning() {
        return learning;
    }

    public void setLearning(@Nullable String learning) {
        this.learning = learning;
    }

    @Nullable
    public Boolean getReplySent() {
        return replySent;
    }

    public void setReplySent(@Nullable Boolean replySent) {
        this.replySent = replySent;
    }

    @Nullable
    public String getNoReplyReason() {
        return noReplyReason;
    }

    public void setNoReplyReason(@Nullable String noReplyReason) {
        this.noReplyReason = noReplyReason;
    }

    @Nullable
    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(@Nullable LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public void setReopenCount(int reopenCount) {
        this.reopenCount = reopenCount;
    }

    @Nullable
    public Long getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(@Nullable Long mergedInto) {
        this.mergedInto = mergedInto;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** {@code da} or {@code en}, the language the citizen filed in; null means Danish. */
    @Nullable
    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    @Nullable
    public Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "ComplaintCase[" + organisation + " " + reference + ", " + status + ", version " + version + "]";
    }
}
