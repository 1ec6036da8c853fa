package lcs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LanguageGuesser} on sentences of the kind the corpus holds. */
class LanguageGuesserTest {
    // Loading the 70 profiles takes about a second; the guesser is thread-safe, so share one.
    private static final LanguageGuesser GUESSER = new LanguageGuesser();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
      en | The city opened three community learning centres where adults can finish school and learn new skills.
      en | Lifelong learning helps people of every age find work and take part in the life of their neighbourhood.
      fr | La ville apprenante ouvre ses bibliothèques le soir pour les adultes qui reprennent leurs études.
      fr | Les habitants peuvent s'initier au numérique et poursuivre une formation tout au long de la vie.
      es | La ciudad del aprendizaje abrió centros comunitarios para que los adultos terminen sus estudios.
      es | Las familias aprenden juntas en los talleres que se organizan en las plazas y los museos.
      de | Beim Lernfestival der Stadt boten Schulen und Vereine mehr als hundert Kurse für alle Generationen an.
      de | Die Volkshochschule unterstützt lebenslanges Lernen in jedem Stadtteil mit kostenlosen Angeboten.
      pt | A cidade de aprendizagem transformou terrenos vazios em hortas onde alunos e avós trabalham juntos.
      pt | Os professores usam as hortas para ensinar ciências e os mais velhos partilham o que sabem.
      ru | Библиотеки и школы города стали центрами обучения для взрослых жителей всех возрастов.
      ru | Непрерывное обучение помогает людям находить новую работу и участвовать в жизни города.
      ar | افتتحت المدينة مراكز مجتمعية للتعلم حيث يمكن للكبار تعلم القراءة والكتابة والمهارات الرقمية.
      ar | وتقول البلدية إن التعلم مدى الحياة حق لكل مواطن في جميع الأحياء.
      zh | 我们推动终身学习和学习型城市建设，让居民在家门口就能参加读书会和电脑课。
      zh | 图书馆延长了开放时间，志愿者为老年人讲解手机使用方法。
      """)
    void guesses_the_language_of_a_sentence(String expected, String sentence) {
        assertEquals(expected, GUESSER.guess(sentence));
    }

    @Test
    void empty_text_is_undetermined() {
        assertEquals(LanguageGuesser.UNDETERMINED, GUESSER.guess(""));
    }

    @Test
    void digits_alone_are_undetermined() {
        assertEquals(LanguageGuesser.UNDETERMINED, GUESSER.guess("2021 2022 88600"));
    }

    @Test
    void long_text_is_guessed_from_its_beginning() {
        String english = "Adults return to evening classes at the public library of the learning city. ".repeat(40);
        String russian = "Жители города бесплатно изучают иностранные языки и основы финансов. ".repeat(200);

        assertEquals("en", GUESSER.guess(english + russian));
    }
}
