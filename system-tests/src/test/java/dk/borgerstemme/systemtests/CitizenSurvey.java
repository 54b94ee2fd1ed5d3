package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** Citizens answering Slagelse's demo survey through the gateway, every question on one page, as a person does. */
final class CitizenSurvey {

    static final String SURVEY = "/o/slagelse/s";

    private CitizenSurvey() {
    }

    /**
     * Takes demo invitation codes until {@code answers} of them belong to one unit (the demo codes come unit by
     * unit), and answers each, the i-th choosing option {@code optionOf(i)} of every question; returns the unit.
     */
    static String answerInOneUnit(RunningSystem system, Browser citizen, int answers, IntUnaryOperator optionOf) {
        Map<String, List<String>> codesByUnit = new HashMap<>();
        List<String> codes;
        do {
            String code = system.nextDemoInvitationCode("slagelse");
            codes = codesByUnit.computeIfAbsent(system.unitOfDemoInvitationCode("slagelse", code), unit -> new ArrayList<>());
            codes.add(code);
        } while (codes.size() < answers);
        for (int i = 0; i < codes.size(); i++) {
            answerEveryQuestion(citizen, codes.get(i), optionOf.applyAsInt(i));
        }
        return system.unitOfDemoInvitationCode("slagelse", codes.get(0));
    }

    /** Answers every question with its option {@code option} (or its last, when it has fewer) and sends the answers. */
    static void answerEveryQuestion(Browser citizen, String code, int option) {
        citizen.open(SURVEY);
        citizen.visible(By.id("code")).sendKeys(code, Keys.ENTER);
        citizen.awaitPath(SURVEY + "/intro");
        click(citizen, citizen.visible(By.cssSelector("main .form-group .borgerstemme-option label")));
        citizen.visible(By.cssSelector("button[value=alle]")).click();
        citizen.awaitPath(SURVEY + "/alle");
        for (WebElement question : citizen.driver().findElements(By.cssSelector("main form .form-group"))) {
            List<WebElement> labels = question.findElements(By.cssSelector(".borgerstemme-option label"));
            if (!labels.isEmpty()) {
                click(citizen, labels.get(Math.min(option, labels.size() - 1)));
            }
        }
        citizen.visible(By.cssSelector("main button[type=submit].button-primary")).click();
        citizen.awaitPath(SURVEY + "/tjek");
        citizen.visible(By.cssSelector("main form button[type=submit]")).click();
        citizen.awaitPath(SURVEY + "/tak");
    }

    /** DKFDS draws radios and checkboxes over the hidden native input: a person clicks the label. */
    private static void click(Browser browser, WebElement label) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", label);
    }
}
