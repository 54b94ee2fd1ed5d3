package dk.borgerstemme.survey.invitation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationCodeTest {

    @Test
    void aGeneratedCodeIsTwelveCharactersFromAnAlphabetWithoutLookAlikes() {
        InvitationCode code = InvitationCode.generate(new Random(7));

        assertThat(code.value()).hasSize(12).matches("[ACDEFHJKMNPRTUVWXY3479]{12}");
        assertThat(code.display()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(InvitationCode.ALPHABET).doesNotContain("0", "O", "Q", "1", "I", "L", "2", "Z", "5", "S", "6", "G", "8", "B");
    }

    @Test
    void aCodeIsReadWhateverTheCaseSpacesAndDashes() {
        InvitationCode code = InvitationCode.generate(new Random(11));
        String typed = " " + code.display().toLowerCase().replace("-", " - ") + " ";

        assertThat(InvitationCode.parse(typed)).contains(code);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            String code = InvitationCode.generate(random).value();
            for (int position = 0; position < code.length(); position++) {
                for (char replacement : InvitationCode.ALPHABET.toCharArray()) {
                    if (replacement != code.charAt(position)) {
                        String typo = code.substring(0, position) + replacement + code.substring(position + 1);
                        assertThat(InvitationCode.parse(typo)).as("typo %s of %s", typo, code).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void mostSwapsOfNeighbouringCharactersAreCaught() {
        Random random = new Random(5);
        int swaps = 0;
        int caught = 0;
        for (int round = 0; round < 500; round++) {
            String code = InvitationCode.generate(random).value();
            for (int position = 0; position < code.length() - 1; position++) {
                if (code.charAt(position) != code.charAt(position + 1)) {
                    String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position) + code.substring(position + 2);
                    swaps++;
                    caught += InvitationCode.parse(swapped).isEmpty() ? 1 : 0;
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.9);
    }

    @Test
    void wrongLengthsAndForeignCharactersAreNotCodes() {
        assertThat(InvitationCode.parse("")).isEmpty();
        assertThat(InvitationCode.parse(null)).isEmpty();
        assertThat(InvitationCode.parse("ACDE-FHJK-MNP")).isEmpty();
        assertThat(InvitationCode.parse("0000-0000-0000")).isEmpty();
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(InvitationCode.generate().value())).isTrue();
        }
    }

    @Test
    void aCodeNeverAppearsInALogLine() {
        InvitationCode code = InvitationCode.generate();

        assertThat(code.toString()).doesNotContain(code.value()).isEqualTo("InvitationCode[****]");
    }
}
