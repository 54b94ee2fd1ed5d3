package dk.borgerstemme.gateway.portal;

import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;

import java.util.ArrayList;
import java.util.List;

/** The work a staff member's roles open, as links on their start page: only what they may use. */
record StaffLinks(List<Link> links) {

    record Link(String id, String href, String messageKey) {
    }

    static List<Link> of(Staff staff) {
        String org = "/o/" + staff.organisation();
        List<Link> links = new ArrayList<>();
        if (staff.hasRole(Roles.ANALYST) || staff.hasRole(Roles.UNIT_LEADER)) {
            links.add(new Link("insight", org + "/indsigt", "portal.start.link.insight"));
        }
        if (handlesComplaints(staff)) {
            links.add(new Link("complaint-queue", org + "/klage/sager", "portal.start.link.queue"));
            links.add(new Link("complaint-actions", org + "/klage/handlinger", "portal.start.link.actions"));
        }
        if (staff.hasRole(Roles.ADMIN)) {
            links.add(new Link("survey-admin", org + "/s/admin", "portal.start.link.surveyAdmin"));
            links.add(new Link("waves", org + "/s/maalinger", "portal.start.link.waves"));
        }
        if (staff.hasRole(Roles.ADMIN) || staff.hasRole(Roles.ANALYST) || staff.hasRole(Roles.UNIT_LEADER)) {
            links.add(new Link("units", org + "/s/enheder", "portal.start.link.units"));
        }
        if (handlesComplaints(staff)) {
            links.add(new Link("teams", org + "/klage/teams", "portal.start.link.teams"));
        }
        return links;
    }

    static boolean handlesComplaints(Staff staff) {
        return staff.hasRole(Roles.CASEWORKER) || staff.hasRole(Roles.UNIT_LEADER) || staff.hasRole(Roles.ADMIN);
    }
}
