package dk.borgerstemme.gateway.insight.halfyear;

import dk.borgerstemme.gateway.insight.Dashboard;
import dk.borgerstemme.gateway.insight.PointDetail;

import java.util.List;

/**
 * The half-year status (halvårsstatus) for the committee. One instance renders the page, the PDF and the
 * CSV, so all three carry the same words and numbers.
 */
public record HalfYearStatus(
    String org,
    String organisationName,
    String lang,
    String periodId,
    String periodLabel,
    String previousLabel,
    String frameworkName,
    String scopeText,
    String generatedOn,
    List<String> notices,
    List<String> summary,
    List<Dashboard.Track> tracks,
    List<PointDetail.Breakdown> complaintTables,
    String complaintNote) {
}
