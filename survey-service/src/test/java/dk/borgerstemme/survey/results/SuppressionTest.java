package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.results.Suppression.Reason;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionTest {

    private final Suppression atLeastFive = new Suppression(5);

    @Test
    void groupsOfAtLeastTheMinimumAreAllShown() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 7, "C", 5));

        assertThat(table.hidden()).isEmpty();
        assertThat(table.total()).isEqualTo(22);
        assertThat(table.totalHidden()).isFalse();
    }

    @Test
    void oneSmallGroupTakesTheSmallestShownGroupWithItSoItCannotBeSubtractedFromTheTotal() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 7, "C", 3, "D", 6));

        assertThat(table.hidden()).containsOnly(entry("C", Reason.BELOW_MINIMUM), entry("D", Reason.COMPLEMENTARY));
        assertThat(table.isHidden("A")).isFalse();
        assertThat(table.isHidden("B")).isFalse();
        assertThat(table.totalHidden()).isFalse();
    }

    @Test
    void twoSmallGroupsThatTogetherReachTheMinimumNeedNoComplement() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 3, "C", 4));

        assertThat(table.hidden()).containsOnly(entry("B", Reason.BELOW_MINIMUM), entry("C", Reason.BELOW_MINIMUM));
    }

    @Test
    void smallGroupsThatTogetherStayBelowTheMinimumTakeTheSmallestShownGroupWithThem() {
        // C and D hold 3 together: total − A − B would give away what three people answered.
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 8, "C", 1, "D", 2));

        assertThat(table.hidden()).containsOnly(
            entry("C", Reason.BELOW_MINIMUM), entry("D", Reason.BELOW_MINIMUM), entry("B", Reason.COMPLEMENTARY));
    }

    @Test
    void anEmptyGroupIsShownAndNeverTheComplementSinceItHidesNobody() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 0, "B", 3, "C", 9, "D", 12));

        assertThat(table.hidden()).containsOnly(entry("B", Reason.BELOW_MINIMUM), entry("C", Reason.COMPLEMENTARY));
        assertThat(table.isHidden("A")).isFalse();
    }

    @Test
    void withOnlyTwoGroupsBothAreHiddenButTheTotalIsShown() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 3, "B", 20));

        assertThat(table.hiddenGroups()).containsExactly("A", "B");
        assertThat(table.totalHidden()).isFalse();
    }

    @Test
    void aTotalBelowTheMinimumHidesTheTotalAndEveryGroup() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 2, "B", 1, "C", 0));

        assertThat(table.totalHidden()).isTrue();
        assertThat(table.hidden()).containsOnly(
            entry("A", Reason.TOTAL_TOO_SMALL), entry("B", Reason.TOTAL_TOO_SMALL), entry("C", Reason.TOTAL_TOO_SMALL));
    }

    @Test
    void aTotalOfExactlyTheMinimumInOneGroupIsShown() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 5, "B", 0));

        assertThat(table.totalHidden()).isFalse();
        assertThat(table.hidden()).isEmpty();
    }

    @Test
    void noAnswersAtAllHideNothing() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 0, "B", 0));

        assertThat(table.total()).isZero();
        assertThat(table.totalHidden()).isFalse();
        assertThat(table.hidden()).isEmpty();
    }

    @Test
    void onATieTheComplementIsTheFirstInTableOrder() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 3, "B", 6, "C", 6));

        assertThat(table.reason("B")).contains(Reason.COMPLEMENTARY);
        assertThat(table.reason("C")).isEmpty();
    }

    @Test
    void aGroupAWiderTableHidesStaysHiddenAndTakesAComplementWithIt() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 6, "C", 8), Set.of("B"));

        assertThat(table.hidden()).containsOnly(entry("B", Reason.HIDDEN_IN_WIDER_TABLE), entry("C", Reason.COMPLEMENTARY));
        assertThat(table.totalHidden()).isFalse();
    }

    @Test
    void whenTheOnlyGroupWithAnswersIsHiddenInAWiderTableTheTotalIsHiddenToo() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 0), Set.of("A"));

        assertThat(table.totalHidden()).isTrue();
        assertThat(table.hiddenGroups()).containsExactly("A", "B");
    }

    @Test
    void anEmptyGroupHiddenInAWiderTableIsShownAsEmpty() {
        SuppressedTable<String> table = atLeastFive.apply(table("A", 10, "B", 0), Set.of("B"));

        assertThat(table.hidden()).isEmpty();
    }

    @Test
    void aMinimumOfOneHidesNothing() {
        SuppressedTable<String> table = new Suppression(1).apply(table("A", 1, "B", 2));

        assertThat(table.hidden()).isEmpty();
    }

    @Test
    void refusesAMinimumBelowOneAndNegativeCounts() {
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> atLeastFive.apply(table("A", -1, "B", 9))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inAnyTableNoHiddenGroupCanBeWorkedOutAndNoFewerThanTheMinimumCanBeSingledOut() {
        Random random = new Random(20261129);
        for (int round = 0; round < 5000; round++) {
            int k = 1 + random.nextInt(8);
            Map<Integer, Integer> groups = new LinkedHashMap<>();
            int size = 1 + random.nextInt(7);
            for (int group = 0; group < size; group++) {
                groups.put(group, random.nextInt(3) == 0 ? random.nextInt(k + 1) : random.nextInt(4 * k + 1));
            }

            SuppressedTable<Integer> table = new Suppression(k).apply(groups);

            groups.forEach((group, n) -> {
                if (!table.isHidden(group)) {
                    assertThat(n == 0 || n >= k).as("%s shown with n %s below %s", groups, n, k).isTrue();
                }
            });
            if (table.totalHidden()) {
                assertThat(table.total()).isLessThan(k);
                assertThat(table.hiddenGroups()).hasSize(groups.size());
            } else if (!table.hidden().isEmpty()) {
                int hiddenTogether = table.hiddenGroups().stream().mapToInt(groups::get).sum();
                assertThat(table.hiddenGroups()).as("%s k %s", groups, k).hasSizeGreaterThanOrEqualTo(2);
                assertThat(hiddenTogether).as("%s k %s", groups, k).isGreaterThanOrEqualTo(k);
            }
        }
    }

    private static Map<String, Integer> table(Object... groupsAndCounts) {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < groupsAndCounts.length; i += 2) {
            table.put((String) groupsAndCounts[i], (Integer) groupsAndCounts[i + 1]);
        }
        return table;
    }
}
