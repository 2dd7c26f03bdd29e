package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dossier.extract.Article;
import dossier.extract.ArticleExtractor;

/** The generalizing rules of the extract bundle's README, one case each. */
class RulesTest {

    private static String sentences(String topic, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("<p>The ").append(topic).append(" story goes on in its paragraph number ").append(i)
                    .append(", with commas, details, and quotes that a reader would want to keep.</p>");
        }
        return text.toString();
    }

    @Test
    void aContainerNamedLikeASidebarHoldingTheArticleIsKept() {
        Article a = ArticleExtractor.extract("<html><body><div class=sidebar-wrapper>" + sentences("main", 8)
                + "</div><div class=menu><a href=/a>Home</a></div></body></html>", null);
        assertTrue(a.text().contains("paragraph number 7"), a.text());
    }

    @Test
    void postsNamedLikeCommentsAreKeptWhenTheyAreThePagesTextEvenInAFormWrappingThePage() {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            posts.append("<div class=live-comment><span class=minute>").append(90 - i).append("'</span>")
                    .append("<div class=comment-body>Post ").append(i)
                    .append(": the striker shoots, the keeper saves, and the ball goes out for a corner.</div></div>");
        }
        Article thread = ArticleExtractor.extract("<html><body><div class=live-comments>" + posts
                + "</div><div class=menu><a href=/a>Home</a></div></body></html>", null);
        assertTrue(thread.text().contains("Post 0: the striker shoots") && thread.text().contains("Post 7:"),
                thread.text());
        Article wrapped = ArticleExtractor.extract("<html><body><form id=aspnetForm><div class=forum>"
                + posts.toString().replace("live-comment", "forum-comment") + "</div><input name=q></form></body></html>",
                null);
        assertTrue(wrapped.text().contains("Post 0: the striker shoots") && wrapped.text().contains("Post 7:"),
                wrapped.text());
        Article article = ArticleExtractor.extract("<html><body><article>" + sentences("main", 6)
                + "<div class=comment><div class=comment-body>First! Great read, thanks.</div></div></article>"
                + "</body></html>", null);
        assertTrue(article.text().contains("paragraph number 5"), article.text());
        assertFalse(article.text().contains("Great read"), article.text());
    }

    @Test
    void allLinkParagraphsAmidTheTextAndClosingLinksAreDropped() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p><a href=/other>SEE MORE: another story entirely</a></p>" + sentences("second", 4)
                + "<p><a href=/list>back to the list</a></p></article></body></html>", "https://example.com/a");
        assertFalse(a.text().contains("SEE MORE"), a.text());
        assertFalse(a.text().contains("back to the list"), a.text());
        assertTrue(a.text().contains("second story goes on in its paragraph number 3"), a.text());
    }

    @Test
    void shortParagraphsThatAreMostlyALinkAreDroppedWhateverTheirLabel() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p>Related: <a href=/a>The fifteen weirdest galaxies in our universe</a></p>" + sentences("second", 3)
                + "<p>VEA TAMBI\u00c9N: <a href=/b>Estrella de la educaci\u00f3n no brilla para estudiantes en Panam\u00e1 Oeste</a></p>"
                + "<p>The report is <a href=/report>online</a>, as the minister said, with its tables and charts.</p>"
                + sentences("third", 3) + "</article></body></html>", "https://example.com/a");
        assertFalse(a.text().contains("weirdest galaxies"), a.text());
        assertFalse(a.text().contains("Estrella"), a.text());
        assertTrue(a.text().contains("The report is online, as the minister said"), a.text());
        assertTrue(a.text().contains("third story goes on in its paragraph number 2"), a.text());
    }

    @Test
    void aLineEndingInAColonBeforeADroppedPromotionClosingTheArticleIsItsLabel() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Mehr Informationen finden Sie unter:</p><p><a href=/a>Die Ergebnisse des Forums im Überblick</a></p>"
                + "</article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article listed = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Was Sie brauchen:</p><ul><li>zwei Schrauben</li><li>einen Bohrer</li></ul></article></body></html>",
                null);
        assertTrue(listed.text().contains("Was Sie brauchen:"), listed.text());
        Article amid = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p>Lue aiheesta lisää:</p><p><a href=/a>Kaamosoireet ja niiden torjunta</a></p>" + sentences("second", 3)
                + "</article></body></html>", null);
        assertTrue(amid.text().contains("Lue aiheesta lisää:"), amid.text());
    }

    @Test
    void aShortLineHeadingARunOfPromotionsIsTheirLabelButNotASubheadingOverOneLinkOrADatedEntry() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p><strong>NO TE PIERDAS</strong></p><p><a href=/a>El museo abre de nuevo sus salas</a></p>"
                + "<p><a href=/b>La orquesta vuelve al teatro</a></p>" + sentences("second", 3) + "</article></body></html>",
                null);
        assertFalse(a.text().contains("NO TE PIERDAS"), a.text());
        assertTrue(a.text().contains("second story goes on in its paragraph number 2"), a.text());
        Article subheading = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p><em>Vor dem Training trinken</em></p><p><a href=/a>Das Getränk im Laden</a></p>"
                + sentences("second", 3) + "</article></body></html>", null);
        assertTrue(subheading.text().contains("Vor dem Training trinken"), subheading.text());
        Article programme = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p>04.11.2022 - Sam Ryder - Flex</p><p><a href=/a>05.11.2022 - Muff Potter - Flex</a></p>"
                + "<p><a href=/b>06.11.2022 - Placebo - Stadthalle</a></p>" + sentences("second", 3)
                + "</article></body></html>", null);
        assertTrue(programme.text().contains("Sam Ryder"), programme.text());
    }

    @Test
    void aClosingBlockWithALinkRepeatingAnEarlierOneIsTheTemplatesCallToAction() {
        String call = "<p><a href=/spiel>Hier klicken</a>, um mehr zu erfahren oder das Spiel zu laden.</p>";
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 2) + call + sentences("second", 2)
                + call + "</article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        assertTrue(a.text().contains("das Spiel zu laden."), a.text());
        Article chorus = ArticleExtractor.extract("<html><body><article>" + sentences("main", 2)
                + "<p>Und alle singen den Refrain noch einmal.</p>" + sentences("second", 2)
                + "<p>Und alle singen den Refrain noch einmal.</p></article></body></html>", null);
        assertTrue(chorus.text().endsWith("noch einmal."), chorus.text());
    }

    @Test
    void aClosingLineEndingWithAWebAddressWrittenOutSendsTheReaderElsewhereButNotAReference() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Weitere Informationen zum Aktionsplan und zu den anderen Projekten des Vereins unter"
                + " <a href=https://www.example.org/wald>www.example.org/wald</a></p></article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article reference = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Nier, T. (2019): Sprache und Macht. In: Sprachreport 35, 1-7. URN: <a href=https://example.org/urn>"
                + "https://example.org/urn</a>.</p></article></body></html>", null);
        assertTrue(reference.text().endsWith("https://example.org/urn."), reference.text());
    }

    @Test
    void aClosingLineLinkingToThreePlacesOrMoreIsAListOfPlacesToGo() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Puede escribirnos a <a href=mailto:redaccion@example.org>redaccion@example.org</a> o seguirnos en"
                + " <a href=https://social.example/a>Mastodon</a>, <a href=https://video.example/a>PeerTube</a> o"
                + " suscribirse aquí a nuestro <a href=/boletin>boletín</a>.</p></article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article two = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Der Bericht der <a href=/kommission>Kommission</a> ist mit allen Tabellen und der Antwort des"
                + " <a href=/ministerium>Ministeriums</a> seit heute online zu lesen.</p></article></body></html>", null);
        assertTrue(two.text().endsWith("online zu lesen."), two.text());
    }

    @Test
    void aClosingParagraphThatIsAllLinkIsDroppedHoweverLongButNotOneWithALinkInASentence() {
        String offer = "<p><a href=/promos/pro>Get access to the fastest growing subscription service for as little as"
                + " 599 for the first year, with research, insights and analysis; more in the website or the app.</a></p>";
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4) + offer
                + "</article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article source = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>The committee's whole report, <a href=/report>with its tables, charts and the ministry's answers to"
                + " each of the questions the members asked in the hearings of the spring</a>, is online.</p>"
                + "</article></body></html>", null);
        assertTrue(source.text().endsWith("is online."), source.text());
    }

    @Test
    void anEmphasizedLabelAndLinkIsAPromotionButNotALinkInASentence() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p><em>Czytaj też: <a href=/a>Wyścig zbrojeń ruszył z kopyta</a></em></p>" + sentences("second", 3)
                + "<p><strong>Mehr lesen: <a href=/b>Erfahrt mehr über die Therme am See!</a></strong></p>"
                + sentences("third", 3) + "</article></body></html>", "https://example.com/a");
        assertFalse(a.text().contains("Wyścig"), a.text());
        assertFalse(a.text().contains("Erfahrt mehr"), a.text());
        assertTrue(a.text().contains("third story goes on in its paragraph number 2"), a.text());
        Article plain = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p>Der Bericht der Kommission: <a href=/c>online mit allen Tabellen</a></p>" + sentences("second", 3)
                + "<p><em>Note:</em> the figures are <em><a href=/d>the ministry's own</a></em></p>"
                + sentences("third", 3) + "</article></body></html>", "https://example.com/a");
        assertTrue(plain.text().contains("Der Bericht der Kommission: online"), plain.text());
        assertTrue(plain.text().contains("the figures are the ministry's own"), plain.text());
    }

    @Test
    void anEmphasizedClosingBlockWithALinkIsThePublishersNoteButNotOneWithout() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p><em>Die Autorin ist Achtsamkeitslehrerin und im Vorstand der <a href=/verein>Vereinigung"
                + " \u00d6sterreich</a>.</em></p></article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article closing = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p><em>The museum opens again in the spring, with the collection rehung.</em></p></article></body></html>",
                null);
        assertTrue(closing.text().endsWith("collection rehung."), closing.text());
    }

    @Test
    void aClosingBlockWhoseEmphasisALinkBreaksIntoPiecesIsStillEmphasized() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p><i>Fragen? Die Autorin erreichen Sie unter </i><a href=mailto:anna@example.com><i>anna@example.com"
                + "</i></a><i>. Folgen Sie ihr auf </i><a href=https://social.example/anna><i>Mastodon</i></a><i>.</i></p>"
                + "</article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article mixed = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p><i>Die Studie</i> ist <a href=/studie><i>online</i></a> zu lesen.</p></article></body></html>", null);
        assertTrue(mixed.text().endsWith("online zu lesen."), mixed.text());
    }

    @Test
    void theArticlesLastLineReadingLabelColonValueIsACreditButNotASentenceOrTheLinesBeforeIt() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Foto: MDR/Bernd Cramer</p></article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article two = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Spendenkonto: DE10 4405 0199 0212</p><p>Quelle: Livenet</p></article></body></html>", null);
        assertTrue(two.text().endsWith("Spendenkonto: DE10 4405 0199 0212"), two.text());
        Article sentence = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Das Fazit: es lohnt sich.</p></article></body></html>", null);
        assertTrue(sentence.text().endsWith("Das Fazit: es lohnt sich."), sentence.text());
    }

    @Test
    void anEmphasizedOpeningBlockWithALinkIsThePublishersNote() {
        Article a = ArticleExtractor.extract("<html><body><article><p><em>*Werbung. Dieser Beitrag enthält Werbung für"
                + " <a href=/partner>MYMARINI</a>.</em></p>" + sentences("main", 4) + "</article></body></html>", null);
        assertTrue(a.text().startsWith("The main story"), a.text());
        Article quote = ArticleExtractor.extract("<html><body><article><p><em>Es war einmal ein König, der hatte drei"
                + " Töchter.</em></p>" + sentences("main", 4) + "</article></body></html>", null);
        assertTrue(quote.text().startsWith("Es war einmal"), quote.text());
    }

    @Test
    void relativeLinksAreLinkTextWithoutABaseUrlToo() {
        String page = "<html><body><article>" + sentences("main", 3)
                + "<p><strong>SEE MORE</strong>: <a href=/news/1205899/students-under-siege>Hong Kong protests: 800"
                + " students under siege</a></p>" + sentences("second", 3) + "</article></body></html>";
        for (String base : new String[] {null, "https://example.com/a"}) {
            Article a = ArticleExtractor.extract(page, base);
            assertFalse(a.text().contains("under siege"), base + ": " + a.text());
            assertTrue(a.text().contains("second story goes on in its paragraph number 2"), a.text());
        }
    }

    @Test
    void aLabelThatIsAParagraphsTextIsKeptButNotAFormFieldsCaption() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<h2>Składniki</h2><div class=item><p class=name><label><input type=checkbox> dynia</label></p>"
                + "<p class=quantity>400 gramów</p></div><ul><li><label><input type=checkbox> mąka pszenna</label></li></ul>"
                + sentences("second", 3) + "<form><label for=q>Szukaj w przepisach</label><input id=q></form>"
                + "</article></body></html>", null);
        assertTrue(a.text().contains("dynia"), a.text());
        assertTrue(a.text().contains("mąka pszenna"), a.text());
        assertFalse(a.text().contains("Szukaj"), a.text());
    }

    @Test
    void aBlockLeftWithALabelWhenItsWidgetIsGoneGoesToo() {
        Article a = ArticleExtractor.extract("<html><body><article><div class=activity-header><div class=node-tag>"
                + "<span>Artikel</span></div><div class=metadata><span>Corona</span></div></div>"
                + "<div class=article-title><h1>Esper accuses China</h1><p class=byline>Robert Burns, Security Writer</p>"
                + "<span class=timestamp>Updated <time datetime=2019-11-20>5:27 am, November 20, 2019</time></span></div>"
                + sentences("main", 4) + "</article></body></html>", null);
        assertFalse(a.text().contains("Artikel"), a.text());
        assertFalse(a.text().contains("Robert Burns"), a.text());
        assertTrue(a.text().startsWith("The main story goes on in its paragraph number 0"), a.text());
        Article related = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<div class=coverage-container><p class=text-label>Weitere Artikel zum Thema</p><div class=related-stories>"
                + "<div class=story><a href=/a>Story one about other things</a></div><div class=story><a href=/b>Story two"
                + " about more</a></div></div></div>" + sentences("second", 3) + "</article></body></html>", null);
        assertFalse(related.text().contains("Weitere Artikel"), related.text());
        Article advertised = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<div class=wrap><span class=label>Iklan</span><div class=slot><script>ads.load()</script></div></div>"
                + sentences("second", 3) + "</article></body></html>", null);
        assertFalse(advertised.text().contains("Iklan"), advertised.text());
        assertTrue(related.text().contains("second story goes on in its paragraph number 2"), related.text());
    }

    @Test
    void aShortLineRightBeforeARemovedListOfLinksIsItsLabelButNotALongerLeadIn() {
        String bar = "<div class=bar><a href=/fb>Facebook</a> <a href=/tw>Twitter</a> <a href=/m>Mail</a></div>";
        Article a = ArticleExtractor.extract("<html><body><article><p>Teilen macht Freude!</p>" + bar
                + sentences("main", 4) + "<p>Lue myös:</p>" + bar + sentences("second", 2) + "</article></body></html>",
                null);
        assertFalse(a.text().contains("Teilen macht Freude"), a.text());
        assertFalse(a.text().contains("Lue myös"), a.text());
        assertTrue(a.text().contains("second story goes on in its paragraph number 1"), a.text());
        Article leadIn = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Die Fraktion hat ihre Vorschläge in einem Papier zusammengefasst, das Sie hier finden:</p>" + bar
                + sentences("second", 2) + "</article></body></html>", null);
        assertTrue(leadIn.text().contains("das Sie hier finden:"), leadIn.text());
    }

    @Test
    void aShortLineWithADateClosingTheArticleIsItsStampButNotASentenceAListOrAQuote() {
        Article stamped = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Publiziert: 03.04.2020, 12:35</p></article></body></html>", null);
        assertFalse(stamped.text().contains("Publiziert"), stamped.text());
        assertTrue(stamped.text().contains("main story goes on in its paragraph number 3"), stamped.text());
        Article sentence = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>The museum opens again in 2021.</p></article></body></html>", null);
        assertTrue(sentence.text().endsWith("The museum opens again in 2021."), sentence.text());
        Article list = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<ul><li>6 d\u00e9cembre 2019 : Article Lib\u00e9ration</li><li>28 mai 2016 : AgoraVox</li></ul>"
                + "</article></body></html>", null);
        assertTrue(list.text().endsWith("28 mai 2016 : AgoraVox"), list.text());
        Article quote = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<blockquote><p>Meth, we are on it</p><p>\u2014 Cooper Lund (@cooperlund) November 18, 2019</p>"
                + "</blockquote></article></body></html>", null);
        assertTrue(quote.text().endsWith("November 18, 2019"), quote.text());
    }

    @Test
    void shortBlocksBearingTheCopyrightSignAreCredits() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p>Lee Elder war beim Masters 1975 der Zuschauermagnet. | \u00a9 Augusta National/Getty Images</p>"
                + sentences("second", 3) + "</article></body></html>", null);
        assertFalse(a.text().contains("Getty"), a.text());
        assertTrue(a.text().contains("second story goes on in its paragraph number 2"), a.text());
    }

    @Test
    void aClosingBlockOpeningWithTheCopyrightSignIsThePublishersNoticeUpTo400Characters() {
        String notice = "<p>\u00a9 2022, Example News. This article is the copyrighted property of Example News. Written"
                + " permission must be obtained before reprint in online or print media. Reprinting content without"
                + " permission and/or payment is theft and punishable by law, as our terms of use say.</p>";
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4) + notice
                + "</article></body></html>", null);
        assertTrue(a.text().endsWith("want to keep."), a.text());
        Article amid = ArticleExtractor.extract("<html><body><article>" + sentences("main", 2) + notice
                + sentences("second", 2) + "</article></body></html>", null);
        assertTrue(amid.text().contains("copyrighted property"), amid.text());
        Article naming = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>The sign \u00a9 was all the notice the law asked for, and the court found that the publisher, who had"
                + " printed it on every page of every edition since the first one, had done all that was needed to keep its"
                + " rights.</p></article></body></html>", null);
        assertTrue(naming.text().endsWith("keep its rights."), naming.text());
    }

    @Test
    void theDeclaredArticleBodyReplacesAPickThatMissedIt() {
        String body = "The declared article body says something else entirely, sentence after sentence. ".repeat(10);
        Article a = ArticleExtractor.extract("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"articleBody\":\"" + body + "\"}</script></head><body><div class=modal-body>"
                + sentences("cookie notice", 4) + "</div></body></html>", null);
        assertEquals(body.strip(), a.text());
    }

    /** A page declaring a recipe of two ingredients and two steps, then its body. */
    private static String recipePage(String body) {
        return "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Recipe\","
                + "\"name\":\"Zitronenkuchen\",\"recipeIngredient\":[\"200 Gramm Zucker\",\"6 mittelgro\\u00dfe Eier\"],"
                + "\"recipeInstructions\":[{\"@type\":\"HowToStep\",\"text\":\"Den Ofen auf 175 Grad vorheizen und ein"
                + " Backblech mit Backpapier auslegen.\"},{\"@type\":\"HowToSection\",\"itemListElement\":[{\"@type\":"
                + "\"HowToStep\",\"text\":\"Zucker und Eier schaumig r&uuml;hren, den Teig auf dem Blech verteilen und"
                + " 25 Minuten backen.\"}]}]}</script></head><body>" + body + "</body></html>";
    }

    @Test
    void theDeclaredRecipesStepsAreAddedWhenThePickMissedThem() {
        Article missed = ArticleExtractor.extract(recipePage("<article>" + sentences("baking", 6) + "</article>"
                + "<aside class=sidebar><div class=recipe-card><p>Den Ofen auf 175 Grad vorheizen und ein Backblech mit"
                + " Backpapier auslegen.</p></div></aside>"), null);
        assertTrue(missed.text().startsWith("The baking story"), missed.text());
        assertTrue(missed.text().contains("6 mittelgroße Eier"), missed.text());
        assertTrue(missed.text().endsWith("Zucker und Eier schaumig rühren, den Teig auf dem Blech verteilen und 25"
                + " Minuten backen."), missed.text());
        Article found = ArticleExtractor.extract(recipePage("<article>" + sentences("baking", 3)
                + "<p>Den Ofen auf 175 Grad vorheizen und ein Backblech mit Backpapier auslegen.</p><p>Zucker und Eier"
                + " schaumig rühren, den Teig auf dem Blech verteilen und 25 Minuten backen.</p></article>"), null);
        assertEquals(1, found.text().split("Den Ofen", -1).length - 1, found.text());
    }

    @Test
    void aListOfTheDeclaredIngredientsIsNoWidgetHoweverManyOfItsNamesLink() {
        String list = "<div class=ingredients><ul><li><span>200 Gramm</span> <span><a href=/zucker>Zucker</a></span></li>"
                + "<li><span>6</span> <span>mittelgroße</span> <span><a href=/eier>Eier</a></span></li></ul></div>";
        Article a = ArticleExtractor.extract(recipePage("<article>" + sentences("baking", 4) + list
                + "<p>Den Ofen auf 175 Grad vorheizen und ein Backblech mit Backpapier auslegen.</p><p>Zucker und Eier"
                + " schaumig rühren, den Teig auf dem Blech verteilen und 25 Minuten backen.</p></article>"), null);
        assertTrue(a.text().contains("200 Gramm Zucker\n\n6 mittelgroße Eier"), a.text());
        Article links = ArticleExtractor.extract("<html><body><article>" + sentences("baking", 4)
                + list.replace("200 Gramm", "Mehr").replace("mittelgroße", "weitere") + "</article></body></html>", null);
        assertFalse(links.text().contains("Zucker"), links.text());
    }

    @Test
    void aShortOpeningBlockNamingTheDeclaredAuthorIsABylineInAnyLanguage() {
        String head = "<html><head><meta name=author content='Anna Schmidt'></head><body><article>";
        Article german = ArticleExtractor.extract(head + "<p>von Anna Schmidt</p>" + sentences("main", 4)
                + "</article></body></html>", null);
        assertFalse(german.text().contains("Anna Schmidt"), german.text());
        Article polish = ArticleExtractor.extract(head + "<p>Autor: Anna Schmidt, 4.2.2022</p>" + sentences("main", 4)
                + "</article></body></html>", null);
        assertTrue(polish.text().startsWith("The main story"), polish.text());
    }

    @Test
    void aShortOpeningBlockTheMarkupNamesABylineIsOneInAnyLanguage() {
        Article german = ArticleExtractor.extract("<html><body><article><p class=byline>Von Anna Schmidt und Jan Kowalski"
                + "</p>" + sentences("main", 4) + "</article></body></html>", null);
        assertTrue(german.text().startsWith("The main story"), german.text());
        Article closing = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>Nachgefragt bei <span class=author>Anna Schmidt</span>, der Leiterin.</p></article></body></html>",
                null);
        assertTrue(closing.text().endsWith("der Leiterin."), closing.text());
    }

    @Test
    void theTextIsInOneUnicodeForm() {
        String decomposed = "Cafe\u0301 cre\u0300me bru\u0302le\u0301e, said the chef, and the guests agreed at once. ";
        Article a = ArticleExtractor.extract("<html><body><article><p>" + decomposed.repeat(4) + "</p></article></body></html>",
                null);
        assertTrue(a.text().startsWith("Café crème brûlée"), a.text());
    }

    @Test
    void theLeadBetweenTheTitleAndTheBodyIsKeptButNotASubtitleOrACaption() {
        String lead = "Die Jugendverb\u00e4nde der Landwirtschaft fordern eine Existenzgr\u00fcndungspr\u00e4mie, und in einem"
                + " ersten Gespr\u00e4ch zeigte sich die Ministerin offen f\u00fcr die Forderung der jungen Bauern.";
        Article a = ArticleExtractor.extract("<html><head><title>Junge Bauern fordern eine Pr\u00e4mie</title></head><body>"
                + "<article><header><h1>Junge Bauern fordern eine Pr\u00e4mie</h1><p>Ein Untertitel in einer Zeile</p>"
                + "<p class=teaser-text>" + lead + "</p></header><div class=image><img src=/a.jpg><p>Das Bild zeigt"
                + " einen Hof im Sauerland, auf dem drei Generationen zusammen arbeiten, und die Felder im Herbst, wenn"
                + " der Mais geerntet wird.</p></div><div class=body>" + sentences("main", 6) + "</div></article></body></html>",
                null);
        assertTrue(a.text().startsWith(lead), a.text());
        assertTrue(a.text().contains("paragraph number 5"), a.text());
        assertFalse(a.text().contains("Untertitel"), a.text());
        assertFalse(a.text().contains("Das Bild zeigt"), a.text());
    }

    @Test
    void theTitlesHeadingIsAlsoTheDeclaredHeadlineOrAHeadingWithinTheTitle() {
        String lead = "Die Jugendverb\u00e4nde der Landwirtschaft fordern eine Existenzgr\u00fcndungspr\u00e4mie, und in einem"
                + " ersten Gespr\u00e4ch zeigte sich die Ministerin offen f\u00fcr die Forderung der jungen Bauern.";
        String caption = "Das Bild zeigt einen Hof im Sauerland, auf dem drei Generationen zusammen arbeiten, und die Felder"
                + " im Herbst, wenn der Mais geerntet wird.";
        String body = "<div class=news-text>" + sentences("main", 6) + "</div></div></body></html>";
        Article headline = ArticleExtractor.extract("<html><head><title>Junge Bauern fordern eine Pr\u00e4mie</title></head>"
                + "<body><div class=article><div class=header><h3 itemprop=headline>Junge Bauern fordern eine Pr\u00e4mie</h3>"
                + "<img src=/a.jpg><div><p>" + caption + "</p></div></div><div class=teaser-text><p>" + lead + "</p></div>"
                + body, null);
        assertTrue(headline.text().startsWith(lead), headline.text());
        assertFalse(headline.text().contains("Das Bild zeigt"), headline.text());
        Article withSiteName = ArticleExtractor.extract("<html><head><title>Junge Bauern fordern eine Pr\u00e4mie |"
                + " Das Wochenblatt</title></head><body><div class=article><h1>Junge Bauern fordern eine Pr\u00e4mie</h1>"
                + "<div class=teaser-text><p>" + lead + "</p></div>" + body, null);
        assertTrue(withSiteName.text().startsWith(lead), withSiteName.text());
        Article largeType = ArticleExtractor.extract("<html><head><title>Junge Bauern fordern eine Pr\u00e4mie</title>"
                + "</head><body><div class=article><header><h1>Junge Bauern fordern eine Pr\u00e4mie</h1><h2 class=excerpt>"
                + lead + "</h2></header>" + body, null);
        assertTrue(largeType.text().startsWith(lead), largeType.text());
    }

    @Test
    void aSpanInRunningTextIsNeverAWidget() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<p>Japan's Nikkei 225 <span>(<span class=inlink><a href=/q/n225>N225</a></span>)</span> declined 0.3%,"
                + " while <span class=entity><a href=/c/jpm>JPMorgan Chase</a></span> said that its traders stayed calm.</p>"
                + sentences("second", 3) + "</article></body></html>", "https://example.com/a");
        assertTrue(a.text().contains("Japan's Nikkei 225 (N225) declined 0.3%, while JPMorgan Chase said"), a.text());
    }

    @Test
    void aNoscriptHoldingParagraphsIsTheArticleForReadersWithoutScript() {
        Article a = ArticleExtractor.extract("<html><body><div class=post-body itemprop=articleBody><script>render()</script>"
                + "<noscript>" + sentences("main", 4) + "</noscript></div><noscript><img src=/pixel.gif><p>Please enable"
                + " JavaScript to see the comments.</p></noscript></body></html>", null);
        assertTrue(a.text().contains("main story goes on in its paragraph number 3"), a.text());
        assertFalse(a.text().contains("enable JavaScript"), a.text());
    }

    @Test
    void aLongAriaHiddenRegionIsHiddenButAShortOneIsTheArticlesPullQuote() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<div aria-hidden=true class=quote>A pull quote repeating the story's own words.</div>"
                + sentences("second", 1) + "</article><div aria-hidden=true class=consent-wrap><div class=tabs>"
                + sentences("settings", 9) + "</div></div></body></html>", null);
        assertTrue(a.text().contains("main story goes on in its paragraph number 0"), a.text());
        assertTrue(a.text().contains("A pull quote repeating"), a.text());
        assertFalse(a.text().contains("settings story"), a.text());
    }

    @Test
    void aPlaceAScriptFillsIsDroppedWhenOnlyItsLabelIsLeft() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 3)
                + "<div class=slot-7><span>Anzeige</span><br><script>slots.push('7')</script></div>"
                + "<p>Watch the <a href=/video>interview</a><script>player('v')</script></p>"
                + sentences("second", 3) + "</article></body></html>", "https://example.com/a");
        assertFalse(a.text().contains("Anzeige"), a.text());
        assertTrue(a.text().contains("Watch the interview"), a.text());
        assertTrue(a.text().contains("second story goes on in its paragraph number 2"), a.text());
    }

    @Test
    void aShortPartAfterTheLastHorizontalRuleIsThePublishersNotes() {
        Article release = ArticleExtractor.extract("<html><body><article>" + sentences("main", 6)
                + "<hr><p>Example Corp. makes widgets, has offices in 12 countries and employs 900 people.</p></article>"
                + "</body></html>", null);
        assertTrue(release.text().contains("main story goes on in its paragraph number 5"), release.text());
        assertFalse(release.text().contains("Example Corp."), release.text());
        Article parts = ArticleExtractor.extract("<html><body><article>" + sentences("first", 4) + "<hr>"
                + sentences("second", 4) + "</article></body></html>", null);
        assertTrue(parts.text().contains("second story goes on in its paragraph number 3"), parts.text());
        Article table = ArticleExtractor.extract("<html><body><article>" + sentences("main", 6)
                + "<hr><table><tr><td>Sprint speed</td><td>1-100</td></tr></table></article></body></html>", null);
        assertTrue(table.text().contains("Sprint speed"), table.text());
    }

    @Test
    void anAuthorsBoxClosingTheArticleIsDroppedButNotTheBylineBesideTheLead() {
        Article a = ArticleExtractor.extract("<html><head><title>A day at the lake</title></head><body><article>"
                + "<div class=intro><p>By <a rel=author href=/author/jo>Jo Doe</a></p><p>The lead says what the day at"
                + " the lake was like, for whom, and why it matters to everyone who goes there in summer.</p></div>"
                + sentences("main", 5) + "<div class=box><h5><a rel=author href=/author/jo>Jo Doe</a></h5><p>Jo writes"
                + " about family trips, lives by a lake with two sons and two cats, and loves coffee.</p></div>"
                + "</article></body></html>", null);
        assertTrue(a.text().contains("The lead says what the day"), a.text());
        assertTrue(a.text().contains("main story goes on in its paragraph number 4"), a.text());
        assertFalse(a.text().contains("two cats"), a.text());
    }

    @Test
    void nearBestPartsOfThePagesMainBesideTheBestAreTakenWithIt() {
        StringBuilder sections = new StringBuilder();
        String[] features = { "Windows apps run beside your Mac apps", "Files move between both systems",
                "Games and graphics run at full speed", "Developers test in every browser" };
        for (int i = 0; i < features.length; i++) {
            sections.append("<section><div class=container><div class=row><h2>").append(features[i])
                    .append("</h2><div class=text>");
            for (int j = 0; j < (i == 0 ? 6 : 1); j++) {
                sections.append("<p>").append(features[i]).append(", point ").append(j)
                        .append(", with no restart, no setup, and no second computer on the desk.</p>");
            }
            sections.append("</div></div></div></section>");
        }
        String legal = "<div class=legal><p>Copyright, all rights reserved, Example Inc. and its subsidiaries, terms"
                + " apply.</p></div>";
        for (String element : new String[] { "main", "article" }) {
            Article product = ArticleExtractor.extract("<html><head><title>Desktop for Mac</title></head><body><nav>"
                    + "<a href=/>Home</a></nav><" + element + ">" + sections + "</" + element + ">" + legal
                    + "</body></html>", null);
            assertTrue(product.text().contains("point 5, with no restart"), product.text());
            assertTrue(product.text().contains("Developers test in every browser, point 0"), element + ": " + product.text());
            assertFalse(product.text().contains("Copyright"), product.text());
        }
        // near-best teasers for other stories beside a short article in <main> stay out
        String[] teasers = { "<h3><a href=/s>Another story</a></h3>", "<a href=/s><h3>Another story</h3></a>" };
        for (String heading : teasers) {
            StringBuilder more = new StringBuilder("<section class=more-from-site><h2>More from the site</h2>");
            for (int i = 0; i < 4; i++) {
                more.append("<div class=post-excerpt>").append(heading).append("<p>A summary of another story, with a")
                        .append(" clause, another clause, and a third one that runs on to fill two lines ").append(i)
                        .append(".</p></div>");
            }
            StringBuilder story = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                story.append("<p>The council met on Monday, and after a long debate, paragraph ").append(i)
                        .append(", it voted on the budget for the coming year.</p>");
            }
            Article news = ArticleExtractor.extract("<html><head><title>The council votes</title></head><body><main>"
                    + "<article class=post><h1>The council votes</h1><div class=entry-content>" + story
                    + "</div></article>" + more + "</section></main></body></html>", null);
            assertTrue(news.text().contains("voted on the budget"), news.text());
            assertFalse(news.text().contains("summary of another story"), heading + ": " + news.text());
        }
    }

    private static String blocks(String kind, String[] parts, int first) {
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            blocks.append("<div class=").append(kind).append("><div class=container><div class=row><h2>")
                    .append(parts[i]).append("</h2><div class=text>");
            for (int j = 0; j < (i == 0 ? first : 1); j++) {
                blocks.append("<p>").append(parts[i]).append(", point ").append(j)
                        .append(", with its terms, its costs, and its taxes explained for a company.</p>");
            }
            blocks.append("</div></div></div></div>");
        }
        return blocks.toString();
    }

    @Test
    void nearBestPartsInASeriesOfBlocksOfOneKindAreTakenTogether() {
        String box = "<div class=box><div><p>Our service, the comparison, the offers, and the advice, in one place.</p>"
                + "</div></div>";
        Article guide = ArticleExtractor.extract("<html><head><title>Leasing or buying</title></head><body>"
                + "<div class=sections>" + blocks("block", new String[] { "The first part of the guide",
                        "The second part of the guide", "The third part of the guide" }, 6)
                + "</div>" + box + "</body></html>", null);
        assertTrue(guide.text().contains("first part of the guide, point 5"), guide.text());
        assertTrue(guide.text().contains("third part of the guide, point 0"), guide.text());
        assertFalse(guide.text().contains("Our service"), guide.text());
        // two columns named alike are the article and a sidebar, not a series
        Article columns = ArticleExtractor.extract("<html><head><title>Leasing or buying</title></head><body>"
                + "<div class=columns>" + blocks("col", new String[] { "The guide", "Our other offers" }, 6)
                + "</div></body></html>", null);
        assertTrue(columns.text().contains("The guide, point 5"), columns.text());
        assertFalse(columns.text().contains("Our other offers"), columns.text());
    }
    @Test
    void aParagraphBesideARemovedCallToActionStaysWhenItsContainerHasNoLinkLeft() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 6)
                + "<div><div class=attribution><p>Additional reporting by Jane Roe; editing by John Doe and Ann Poe</p>"
                + "</div><div class=badge><p>Our standards: <a href=/trust>The Trust Principles of the agency.</a></p>"
                + "</div></div></article></body></html>", null);
        assertTrue(a.text().contains("Additional reporting by Jane Roe"), a.text());
        assertFalse(a.text().contains("Trust Principles"), a.text());
    }
    @Test
    void namesHidingAPartOrAtOneScreenSizeDoNotMakeBoilerplate() {
        Article a = ArticleExtractor.extract("<html><body><div class=intro>" + sentences("main", 6) + "</div>"
                + "<div class=\"field field--name-field-cols field--label-hidden\">" + sentences("second", 3) + "</div>"
                + "<div class=\"row hidden-xs\">" + sentences("third", 2) + "</div>"
                + "<div class=\"overflow-hidden hidden-print\">" + sentences("fourth", 2) + "</div>"
                + "<div class=hidden><p>A closed panel, hidden on every screen, with words the reader never sees.</p></div>"
                + "</body></html>", null);
        assertTrue(a.text().contains("second story goes on in its paragraph number 2"), a.text());
        assertTrue(a.text().contains("third story goes on in its paragraph number 1"), a.text());
        assertTrue(a.text().contains("fourth story goes on in its paragraph number 1"), a.text());
        assertFalse(a.text().contains("closed panel"), a.text());
    }
    @Test
    void anOpeningLineWithAYearEndingInAColonLeadsInAndStays() {
        Article a = ArticleExtractor.extract("<html><body><article><p>Final standings of the 2019 season after 36 races:</p>"
                + "<p>Updated 12:30</p>" + sentences("main", 6) + "</article></body></html>", null);
        assertTrue(a.text().contains("Final standings of the 2019 season"), a.text());
        assertFalse(a.text().contains("Updated 12:30"), a.text());
    }
    @Test
    void aShortLinkShowingItsWebAddressAmidTheTextIsAReferenceNotAPromotion() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<p>[1] <a href=http://www.example.org/philosophy/free.html>http://www.example.org/philosophy/free.html</a></p>"
                + "<p><a href=/other>SEE MORE: another story entirely</a></p>" + sentences("second", 4)
                + "</article></body></html>", "https://example.com/a");
        assertTrue(a.text().contains("[1] http://www.example.org/philosophy/free.html"), a.text());
        assertFalse(a.text().contains("SEE MORE"), a.text());
    }
    @Test
    void theClassWordCopyIsBodyCopyNotACopyrightNotice() {
        Article a = ArticleExtractor.extract("<html><body><div class=main><div class=story>" + sentences("main", 6)
                + "</div><div class=copyright-wrp><p>The Daily Example, 1625 Example Street, Suite 900, Springfield 20006"
                + " | 202-555-0100 main | 202-555-0101 fax</p></div></div></body></html>", null);
        assertTrue(a.text().contains("main story goes on in its paragraph number 5"), a.text());
        assertFalse(a.text().contains("Daily Example"), a.text());
    }
    @Test
    void anUnderscoreSeparatesClassWordsAsAHyphenDoes() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<div class=single_ads><p>Advertisement: a summer sale of garden furniture at half price.</p></div>"
                + sentences("second", 4) + "</article></body></html>", null);
        assertTrue(a.text().contains("second story goes on in its paragraph number 3"), a.text());
        assertFalse(a.text().contains("garden furniture"), a.text());
    }
    @Test
    void aCamelCaseHumpSeparatesClassWords() {
        Article a = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<div class=inlineAds><p>Advertisement: a summer sale of garden furniture at half price.</p></div>"
                + sentences("second", 4) + "</article></body></html>", null);
        assertTrue(a.text().contains("second story goes on in its paragraph number 3"), a.text());
        assertFalse(a.text().contains("garden furniture"), a.text());
    }
    @Test
    void aCommentaryIsAnArticleNotAComment() {
        Article a = ArticleExtractor.extract("<html><body><div class=\"news commentary\">" + sentences("main", 5)
                + "</div><div class=box>" + sentences("other", 4) + "</div></body></html>", null);
        assertTrue(a.text().contains("main story goes on in its paragraph number 4"), a.text());
    }
    @Test
    void drupalsChaosToolsBlocksAreNoTools() {
        Article a = ArticleExtractor.extract("<html><body><div class=\"block block-ctools-block block-entity-fieldnodefield-abstract\">"
                + sentences("main", 5) + "</div><div class=box>" + sentences("other", 4) + "</div></body></html>", null);
        assertTrue(a.text().contains("main story goes on in its paragraph number 4"), a.text());
    }
    @Test
    void aNodePromotedOrStickyIsAnArticleNotAPromotionOrAStickyBar() {
        Article promoted = ArticleExtractor.extract("<html><body><div class=\"node node-news node-promoted view-mode-full\">"
                + sentences("main", 5) + "</div><div class=box>" + sentences("other", 4) + "</div></body></html>", null);
        assertTrue(promoted.text().contains("main story goes on in its paragraph number 4"), promoted.text());
        Article sticky = ArticleExtractor.extract("<html><body><div class=\"node node--type-news node--sticky\">"
                + sentences("main", 4) + "</div><div class=box>" + sentences("other", 5) + "</div></body></html>", null);
        assertTrue(sticky.text().contains("main story goes on in its paragraph number 3"), sticky.text());
    }
    @Test
    void theTermsAPostIsFiledUnderAreNotWhatItIs() {
        Article a = ArticleExtractor.extract("<html><body><div class=\"post type-post status-publish category-social-media tag-advertising\">"
                + sentences("main", 4) + "</div><div class=box>" + sentences("other", 5) + "</div></body></html>", null);
        assertTrue(a.text().contains("main story goes on in its paragraph number 3"), a.text());
        Article tags = ArticleExtractor.extract("<html><body><article>" + sentences("main", 4)
                + "<div class=tag-list><p>Filed under: gardening, furniture, summer sales, half price, outdoor living</p></div>"
                + "</article></body></html>", null);
        assertFalse(tags.text().contains("Filed under"), tags.text());
    }
}
