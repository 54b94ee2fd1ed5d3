package dk.borgerstemme.bench;

import java.util.Map;

/**
 * Part 3: complaint intake at the gateway. The citizen's complaint form is being built on branch
 * complaint-intake; until it has landed here this part only says so.
 */
final class ComplaintPart {

    private ComplaintPart() {
    }

    static void run(Results results) {
        results.heading("Complaint intake");
        results.paragraph("**Not yet runnable**: the citizen's complaint form (`/o/{org}/klage`) has not landed on this branch.");
        results.put("complaints", Map.of("status", "not yet runnable: the complaint form has not landed"));
        System.out.println("Complaint intake: not yet runnable (the complaint form has not landed)");
    }
}
