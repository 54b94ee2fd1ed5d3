package dk.borgerstemme.platform.web;

import ognl.enhance.ExpressionCompiler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class InterfaceClassCacheTest {

    record Question(String key, List<Option> options) {
    }

    record Option(String id) {
    }

    /** A collection class of our own, whose interface OGNL must find through its superclass. */
    static final class Questions extends ArrayList<Question> {
    }

    @Test
    void everyClassGetsTheInterfaceOgnlsOwnCompilerFindsForIt() {
        ExpressionCompiler ognl = new ExpressionCompiler();
        InterfaceClassCache cached = new InterfaceClassCache();
        List<Class<?>> classes = List.of(Questions.class, ArrayList.class, List.of().getClass(), LinkedHashMap.class,
            TreeSet.class, Question.class, String.class, int.class, Iterator.class, Set.class, new ArrayList<>().iterator().getClass());

        for (Class<?> type : classes) {
            assertThat(cached.getInterfaceClass(type)).as(type.getName()).isEqualTo(ognl.getInterfaceClass(type));
            assertThat(cached.getInterfaceClass(type)).as(type.getName() + ", asked again").isEqualTo(ognl.getInterfaceClass(type));
        }
    }

    @Test
    void templatesWalkChainsThroughListsMapsAndIndexesWithTheCacheInstalled() {
        RecordPropertyAccessor.install();
        InterfaceClassCache.install();
        Questions questions = new Questions();
        questions.add(new Question("respekt", List.of(new Option("respekt-1"), new Option("respekt-2"))));
        Map<String, Object> model = Map.of("questions", questions, "labels", Map.of("respekt", "Respekt"));

        String out = TextTemplates.render("[# th:each=\"q : ${questions}\"][(${labels[q.key]})]:[(${q.options[1].id})]/[(${q.options.size()})][/]"
            + ";[(${questions[0].options[0].id})]", model);

        assertThat(out).isEqualTo("Respekt:respekt-2/2;respekt-1");
    }
}
