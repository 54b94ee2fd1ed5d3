package dk.borgerstemme.systemtests;

/** A staff member of the demo environment, whose password is the same for all. */
record DemoStaff(String username, String organisation, String firstName) {

    static final String PASSWORD = "borgerstemme";

    static final DemoStaff ANNA = new DemoStaff("anna", "slagelse", "Anna");
    static final DemoStaff BO = new DemoStaff("bo", "slagelse", "Bo");
    static final DemoStaff CLARA = new DemoStaff("clara", "slagelse", "Clara");
    static final DemoStaff DAN = new DemoStaff("dan", "slagelse", "Dan");
    static final DemoStaff EVA = new DemoStaff("eva", "midtjylland", "Eva");

    String startPage() {
        return "/o/" + organisation + "/personale";
    }
}
