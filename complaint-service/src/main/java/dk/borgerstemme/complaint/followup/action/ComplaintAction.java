package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an organisation does about a learning from a case: a description for staff, who owns it, when it
 * is due, and the unit it concerns; done on a day; published with a text for citizens. {@code version}
 * makes every update optimistic.
 */
@MappedEntity("complaint_action")
public class ComplaintAction {
    @Id @GeneratedValue
    private Long id;
    private String organisation;
    private long caseId;
    @Nullable
    private String unitId;
    private String description;
    private String owner;
    private LocalDate dueOn;
    @Nullable
    private LocalDate doneOn;
    private boolean published;
    @Nullable
    private String publicText;
    @Nullable
    private String publicTextEn;
    @Nullable
    private LocalDate publishedOn;
    @Nullable
    private String createdBy;
    @Nullable
    private LocalDateTime createdAt;
    @Version
    private Long version;

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

    public long getCaseId() {
        return caseId;
    }

    public void setCaseId(long caseId) {
        this.caseId = caseId;
    }

    @Nullable
    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable String unitId) {
        this.unitId = unitId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    @Nullable
    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(@Nullable LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    @Nullable
    public String getPublicText() {
        return publicText;
    }

    public void setPublicText(@Nullable String publicText) {
        this.publicText = publicText;
    }

    @Nullable
    public String getPublicTextEn() {
        return publicTextEn;
    }

    public void setPublicTextEn(@Nullable String publicTextEn) {
        this.publicTextEn = publicTextEn;
    }

    @Nullable
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(@Nullable LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    @Nullable
    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(@Nullable String createdBy) {
        this.createdBy = createdBy;
    }

    @Nullable
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(@Nullable LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean wasDone() {
        return doneOn != null;
    }

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
