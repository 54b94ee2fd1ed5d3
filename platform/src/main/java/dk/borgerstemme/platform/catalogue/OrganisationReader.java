package dk.borgerstemme.platform.catalogue;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** Reads and checks one organisation file ({@code organisations/<shortName>.yml}). */
final class OrganisationReader {

    private static final String[] ROUTED_KINDS = {RoutingRule.KLAGE, RoutingRule.ROS, RoutingRule.FORSLAG, RoutingRule.ANY};
    private static final int SMALLEST_GROUP_SIZE = 3;
    private static final int LARGEST_GROUP_SIZE = 100;
    private static final int MOST_RECONSIDERATION_WEEKS = Deadlines.DEFAULT.decisionReconsiderationWeeks();

    private final SourceFile file;
    private final Set<String> frameworkIds;
    private final Map<String, Framework> frameworks;
    private final IdRegister areaIds = new IdRegister("area");
    private final IdRegister unitIds = new IdRegister("unit");
    private final IdRegister roleIds = new IdRegister("respondent role");
    private final IdRegister categoryIds = new IdRegister("complaint category");
    private final IdRegister rootCauseIds = new IdRegister("root cause");
    private final IdRegister teamIds = new IdRegister("team");
    private final Map<String, String> areaOfUnit = new HashMap<>();

    private OrganisationReader(SourceFile file, Set<String> frameworkIds, Map<String, Framework> frameworks) {
        this.file = file;
        this.frameworkIds = frameworkIds;
        this.frameworks = frameworks;
    }

    /**
     * The organisation, or empty when the file has problems (they are added to {@code problems}).
     * {@code frameworkIds} are all framework files found, {@code frameworks} those that read without problems,
     * so a broken framework is reported once, in its own file, and not again by every organisation using it.
     */
    static Optional<Organisation> read(SourceFile file, Set<String> frameworkIds, Map<String, Framework> frameworks,
                                       Problems problems) {
        int problemsBefore = problems.count();
        Optional<Organisation> organisation = YamlDocument.parse(file, problems)
            .flatMap(root -> root.mapping("shortName", "name", "kind", "accessibilityStatementUrl", "framework", "areas",
                "respondentRoles", "complaintCategories", "rootCauses", "teams", "defaultTeam", "routing", "deadlines",
                "minimumGroupSize", "personalDataRetention", "closedDays"))
            .map(root -> new OrganisationReader(file, frameworkIds, frameworks).organisation(root));
        return problems.count() == problemsBefore ? organisation : Optional.empty();
    }

    private Organisation organisation(YamlMapping root) {
        String shortName = root.required("shortName")
            .flatMap(node -> node.id().filter(id -> FrameworkReader.matchesFileName(node, id, file)))
            .orElse(null);
        LocalizedText name = root.required("name").flatMap(YamlNode::localizedText).orElse(null);
        OrganisationKind kind = root.required("kind")
            .flatMap(node -> node.oneOf(OrganisationKind.values(), OrganisationKind::id))
            .orElse(null);
        URI accessibilityStatement = root.required("accessibilityStatementUrl").flatMap(YamlNode::httpsUrl).orElse(null);
        Framework framework = root.required("framework").flatMap(this::framework).orElse(null);
        List<Area> areas = elements(root.required("areas"), "area").stream()
            .flatMap(node -> area(node).stream()).toList();
        List<RespondentRole> roles = elements(root.required("respondentRoles"), "respondent role").stream()
            .flatMap(node -> named(node, roleIds, RespondentRole::new).stream()).toList();
        List<ComplaintCategory> categories = elements(root.required("complaintCategories"), "complaint category").stream()
            .flatMap(node -> named(node, categoryIds, ComplaintCategory::new).stream()).toList();
        List<RootCause> rootCauses = elements(root.optional("rootCauses"), "root cause").stream()
            .flatMap(node -> named(node, rootCauseIds, RootCause::new).stream()).toList();
        List<Team> teams = elements(root.required("teams"), "team").stream()
            .flatMap(node -> team(node).stream()).toList();
        String defaultTeam = root.required("defaultTeam").flatMap(node -> reference(node, teamIds)).orElse(null);
        List<RoutingRule> routing = root.optional("routing").flatMap(YamlNode::list).orElse(List.of()).stream()
            .flatMap(node -> rule(node).stream()).toList();
        Deadlines deadlines = root.optional("deadlines").flatMap(this::deadlines).orElse(Deadlines.DEFAULT);
        int minimumGroupSize = root.optional("minimumGroupSize")
            .flatMap(node -> node.wholeNumber(SMALLEST_GROUP_SIZE, LARGEST_GROUP_SIZE))
            .orElse(Organisation.DEFAULT_MINIMUM_GROUP_SIZE);
        Period retention = root.required("personalDataRetention").flatMap(YamlNode::positivePeriod).orElse(null);
        List<LocalDate> closedDays = root.optional("closedDays").map(this::closedDays).orElse(List.of());
        return new Organisation(shortName, name, kind, accessibilityStatement, areas, roles, framework, categories, rootCauses,
            teams, defaultTeam, routing, deadlines, minimumGroupSize, retention, closedDays);
    }

    private Optional<Framework> framework(YamlNode node) {
        return node.id().flatMap(id -> {
            if (!frameworkIds.contains(id)) {
                node.problem("no framework with id " + id + "; known: " + String.join(", ", new TreeSet<>(frameworkIds)));
                return Optional.empty();
            }
            return Optional.ofNullable(frameworks.get(id));
        });
    }

    private Optional<Area> area(YamlNode node) {
        return node.mapping("id", "name", "units").map(area -> {
            String id = area.required("id").flatMap(areaIds::register).orElse(null);
            LocalizedText name = area.required("name").flatMap(YamlNode::localizedText).orElse(null);
            List<Unit> units = elements(area.required("units"), "unit").stream()
                .flatMap(unit -> unit(unit, id).stream()).toList();
            return new Area(id, name, units);
        });
    }

    private Optional<Unit> unit(YamlNode node, String areaId) {
        return node.mapping("id", "name", "kind", "capacity").map(unit -> {
            String id = unit.required("id").flatMap(unitIds::register).orElse(null);
            if (id != null && areaId != null) {
                areaOfUnit.put(id, areaId);
            }
            LocalizedText name = unit.required("name").flatMap(YamlNode::localizedText).orElse(null);
            UnitKind kind = unit.required("kind").flatMap(kindNode -> kindNode.oneOf(UnitKind.values(), UnitKind::id)).orElse(null);
            Capacity capacity = unit.required("capacity").flatMap(this::capacity).orElse(null);
            return new Unit(id, name, kind, capacity);
        });
    }

    private Optional<Capacity> capacity(YamlNode node) {
        return node.mapping("amount", "measure").flatMap(capacity -> {
            Optional<Integer> amount = capacity.required("amount").flatMap(amountNode -> amountNode.wholeNumber(1, Integer.MAX_VALUE));
            Optional<CapacityMeasure> measure = capacity.required("measure")
                .flatMap(measureNode -> measureNode.oneOf(CapacityMeasure.values(), CapacityMeasure::id));
            return amount.isPresent() && measure.isPresent()
                ? Optional.of(new Capacity(amount.get(), measure.get()))
                : Optional.empty();
        });
    }

    private <T> Optional<T> named(YamlNode node, IdRegister ids, BiFunction<String, LocalizedText, T> create) {
        return node.mapping("id", "name").map(named -> create.apply(
            named.required("id").flatMap(ids::register).orElse(null),
            named.required("name").flatMap(YamlNode::localizedText).orElse(null)));
    }

    private Optional<Team> team(YamlNode node) {
        return node.mapping("id", "name", "units").map(team -> {
            String id = team.required("id").flatMap(teamIds::register).orElse(null);
            LocalizedText name = team.required("name").flatMap(YamlNode::localizedText).orElse(null);
            List<String> units = team.optional("units").flatMap(YamlNode::list).orElse(List.of()).stream()
                .flatMap(unit -> reference(unit, unitIds).stream()).toList();
            return new Team(id, name, units);
        });
    }

    private Optional<RoutingRule> rule(YamlNode node) {
        return node.mapping("kind", "category", "area", "unit", "team").map(rule -> {
            String kind = rule.optional("kind").flatMap(kindNode -> kindNode.oneOf(ROUTED_KINDS, routed -> routed))
                .filter(routed -> !RoutingRule.ANY.equals(routed))
                .orElse(null);
            String category = condition(rule, "category", categoryIds);
            String area = condition(rule, "area", areaIds);
            String unit = condition(rule, "unit", unitIds);
            String team = rule.required("team").flatMap(teamNode -> reference(teamNode, teamIds)).orElse(null);
            if (area != null && unit != null && areaOfUnit.containsKey(unit) && !area.equals(areaOfUnit.get(unit))) {
                rule.optional("unit").ifPresent(unitNode -> unitNode.problem("unit " + unit + " is in area "
                    + areaOfUnit.get(unit) + ", not in " + area + ", so this rule can never match"));
            }
            return new RoutingRule(kind, category, area, unit, team);
        });
    }

    /** A routing condition: an id that must exist, or {@value RoutingRule#ANY} (read as null) for any. */
    private static String condition(YamlMapping rule, String key, IdRegister ids) {
        return rule.optional(key)
            .flatMap(node -> node.text().flatMap(text -> RoutingRule.ANY.equals(text) ? Optional.empty() : reference(node, ids)))
            .orElse(null);
    }

    private Optional<Deadlines> deadlines(YamlNode node) {
        Deadlines defaults = Deadlines.DEFAULT;
        return node.mapping("acknowledgementWorkingDays", "answerWorkingDays", "accessToRecordsWorkingDays",
            "decisionReconsiderationWeeks").map(deadlines -> {
                int acknowledgement = workingDays(deadlines, "acknowledgementWorkingDays", defaults.acknowledgementWorkingDays());
                int answer = workingDays(deadlines, "answerWorkingDays", defaults.answerWorkingDays());
                if (acknowledgement > answer) {
                    deadlines.optional("acknowledgementWorkingDays").or(() -> deadlines.optional("answerWorkingDays"))
                        .ifPresent(where -> where.problem("the acknowledgement (" + acknowledgement
                            + " working days) must not come later than the answer (" + answer + " working days)"));
                }
                int accessToRecords = workingDays(deadlines, "accessToRecordsWorkingDays", defaults.accessToRecordsWorkingDays());
                // Retssikkerhedsloven § 67 allows at most 4 weeks; an organisation may promise less, never more.
                int reconsideration = deadlines.optional("decisionReconsiderationWeeks")
                    .flatMap(weeks -> weeks.wholeNumber(1, MOST_RECONSIDERATION_WEEKS))
                    .orElse(defaults.decisionReconsiderationWeeks());
                return new Deadlines(acknowledgement, answer, accessToRecords, reconsideration);
            });
    }

    private static int workingDays(YamlMapping deadlines, String key, int defaultDays) {
        return deadlines.optional(key).flatMap(days -> days.wholeNumber(1, Integer.MAX_VALUE)).orElse(defaultDays);
    }

    private List<LocalDate> closedDays(YamlNode node) {
        Set<LocalDate> days = new LinkedHashSet<>();
        node.list().orElse(List.of()).forEach(dayNode -> dayNode.date().ifPresent(day -> {
            if (!days.add(day)) {
                dayNode.problem("lists " + day + " twice");
            }
        }));
        return List.copyOf(days);
    }

    private static List<YamlNode> elements(Optional<YamlNode> list, String what) {
        return list.flatMap(node -> node.nonEmptyList(what)).orElse(List.of());
    }

    private static Optional<String> reference(YamlNode node, IdRegister ids) {
        return node.id().filter(id -> ids.isKnown(node, id));
    }
}
