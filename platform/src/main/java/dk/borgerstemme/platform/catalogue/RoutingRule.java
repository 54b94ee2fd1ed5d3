package dk.borgerstemme.platform.catalogue;

/**
 * Sends a complaint to a team. Each condition is an id, or null or {@value #ANY} for any value;
 * {@code kind} is {@code klage}, {@code ros} or {@code forslag}. A rule on an area matches every unit of that area.
 */
public record RoutingRule(String kind, String category, String area, String unit, String team) {

    public static final String ANY = "*";
    public static final String KLAGE = "klage";
    public static final String ROS = "ros";
    public static final String FORSLAG = "forslag";

    public boolean matches(String kind, String category, String areaId, String unitId) {
        return accepts(this.kind, kind)
            && accepts(this.category, category)
            && accepts(this.area, areaId)
            && accepts(this.unit, unitId);
    }

    private static boolean accepts(String condition, String value) {
        return condition == null || ANY.equals(condition) || condition.equals(value);
    }
}
