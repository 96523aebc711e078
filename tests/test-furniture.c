/* test-furniture.c - datelines cut, bylines, credits and calls to action flagged. */
#include "base/data.h"
#include "pipeline/furniture.h"
#include "test-util.h"

#include <string.h>

/* Marks one paragraph-initial sentence; returns its flags and where it now starts. */
static guint
mark (const gchar *sentence, const gchar **start)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
  PrecisSpan span = { 0, strlen (sentence), 0, PRECIS_SPAN_PARAGRAPH_START };
  g_array_append_val (spans, span);
  precis_furniture_mark (sentence, spans, NULL);
  PrecisSpan *out = (PrecisSpan *)(gpointer)spans->data;
  *start = sentence + out->start;
  guint flags = out->flags;
  g_array_unref (spans);
  return flags;
}

static const struct
{
  const gchar *sentence;
  const gchar *after; /* what the sentence starts with after the dateline */
} datelines[] = {
  { "BEIJING (Reuters) - China's exports rose.", "China's exports rose." },
  { "LONDON, March 3 (AFP) - Prices fell again.", "Prices fell again." },
  { "WASHINGTON -- Lawmakers met late.", "Lawmakers met late." },
  { "(CNN)They may not agree.", "They may not agree." },
  { "Kathmandu, Nepal (CNN)Rescuers found a man.", "Rescuers found a man." },
  { "(CNN) -- The storm moved north.", "The storm moved north." },
  { "Lucknow, Jul 31 (PTI) The state will build toilets.", "The state will build toilets." },
  { "New Delhi [India], Jan 5 (ANI): The court ruled.", "The court ruled." },
  { "The Reuters office (in London) - as reported - closed.", "The Reuters office" },
  { "Apple (AAPL) shares rose today.", "Apple (AAPL)" },
  /* A wire dateline with a date after a scraped title's tail, a byline or an editor's note. */
  { "ban: Mayor Exampleton, Mar 4 (PTI) The council banned cars.", "The council banned cars." },
  { "By Ann Example Port Town (XY), Jun 2 (IANS) A ferry sank.", "A ferry sank." },
  { "(Eds: Adding quotes) Exampleton, May 9 (PTI) \"We won,\" she said.", "\"We won,\" she said." },
  { "Shares fell in London, May 9 (BST) as traders left early.", "Shares fell in London" },
  { "He met the mayor on Friday, May 9 (Reuters reported) and left.", "He met the mayor" },
  /* Wire datelines in other languages: an agency in lower case or between slashes, a place and an
   * agency in a script without capitals, ANSA's and Xinhua's forms. */
  { "MOSKAU (dpa) - Die Zentralbank hob den Leitzins an.", "Die Zentralbank" },
  { "Berlin (dpa/lby) - Der Landtag tagte.", "Der Landtag" },
  { "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9 "
    "(\xD8\xB1\xD9\x88\xD9\x8A\xD8\xAA\xD8\xB1\xD8\xB2) - "
    "\xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9.",
    "\xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA" },
  { "ROMA, 30 NOV - Il governo ha approvato la legge.", "Il governo" },
  /* A wire's dateline in copy written in capitals (tryout20 #1). */
  { "LONDON, NOV 30 (WIRE) - THE BANK HELD RATES AT 4.5 PERCENT.", "THE BANK HELD" },
  { "/\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/. \xD0\x91\xD0\xB0\xD0\xBD\xD0\xBA "
    "\xD0\xBF\xD0\xBE\xD0\xB2\xD1\x8B\xD1\x81\xD0\xB8\xD0\xBB "
    "\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD1\x83.",
    "\xD0\x91\xD0\xB0\xD0\xBD\xD0\xBA" },
  { "新华社北京11月30日电 国家统计局公布了数据。", "国家统计局" },
  { "新华社北京11月30日电（记者王明）国家统计局公布了数据。", "国家统计局" },
  /* A day before the month, as French, German and Spanish wires write it (session 16). */
  { "PARIS, 30 novembre (AFP) - Le gouvernement a annoncé une hausse.", "Le gouvernement" },
  { "BERLIN, 30. November (Reuters) - Die Bundesregierung hat beschlossen.", "Die Bundesregierung" },
  { "MADRID, 30 Nov. (EUROPA PRESS) - El Gobierno aprobó una subida.", "El Gobierno" },
  { "MADRID, 30 de noviembre de 2024 (EFE).- El Gobierno aprobó una subida.", "El Gobierno" },
  { "Paris, le 30 novembre (AFP) - Le Sénat a voté.", "Le Sénat" },
  { "LISBOA, 30 nov (Lusa) - O Governo aprovou o orçamento.", "O Governo" },
  { "МОСКВА, 30 ноября (Рейтер) - Центральный банк повысил ставку.", "Центральный банк" },
  /* ... and with no agency, a dash between spaces before a capital (session 22, tryout25 #2) */
  { "LYON, 30 novembre - Un camion a pris feu sur le périphérique.", "Un camion" },
  { "Hamburg, 30. November – Der Senat hat den Haushalt beschlossen.", "Der Senat" },
  { "САМАРА, 30 ноября - "
    "Городские власти "
    "закрыли мост.",
    "Городские" },
  { "SEVILLA, 30 de noviembre — El ayuntamiento cerró el puente.", "El ayuntamiento" },
  { "Torino, 30 novembre - «Siamo pronti», ha detto il sindaco.", "«Siamo pronti" },
  /* ... but not a sentence that goes on after its date: a colon, a lower-case word, a date in an
   * aside */
  { "Hamburg, 30. November: Der Senat tagt.", "Hamburg, 30. November" },
  { "Leeds, 30 November - the day the council met.", "Leeds, 30 November" },
  { "Am Montag, 30. November – dem Tag der Wahl – stimmte der Rat ab.", "Am Montag" },
  { "Lyon, le 30 novembre, Un camion a pris feu.", "Lyon, le 30" },
  /* A press release's datelines (session 17): a date with a year and a dash or a colon, PR
   * Newswire's agency between slashes, Business Wire's after a dash. */
  { "LEEDS, 14 October 2026 \u2013 Oakfield Mills today announced a new plant.", "Oakfield Mills" },
  { "Leeds, 30 November 2026: Oakfield Mills today announced a new plant.", "Oakfield Mills" },
  { "LONDON, Nov. 30, 2026 /PRNewswire/ -- Oakfield Mills today announced a new plant.", "Oakfield Mills" },
  { "LEEDS, United Kingdom, November 30, 2026--(BUSINESS WIRE)--Oakfield Mills today announced a plant.",
    "Oakfield Mills" },
  { "YORK, Pa., Dec. 1, 2026 \u2014 Oakfield Mills today announced a new plant.", "Oakfield Mills" },
  /* ... whatever the place's bytes and the space before the day (the test before the expression) */
  { "ST. JOHN'S, Nfld.-Lab. [Canada], 14 October 2026 \u2013 Oakfield Mills opened.", "Oakfield Mills" },
  { "M\u00DCNCHEN, 14 October 2026 \u2013 Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "\u00C9VORA, Nov. 30, 2026 /PRNewswire/ -- Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "LEEDS,\u00A014 October 2026 \u2013 Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "LEEDS,\n14 October 2026 \u2013 Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "LEEDS, Oct.\t14, 2026 - Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "LEEDS, 14 Oct. 2026 \u2013 Oakfield Mills opened a plant.", "Oakfield Mills" },
  /* ... in figures, or with a month in another language the segmenter reads (session 18) */
  { "LEEDS, 14/10/2026 \u2013 Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "LEEDS, 14.10.2026: Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "LEEDS, 2026-10-14 - Oakfield Mills opened a plant.", "Oakfield Mills" },
  { "PARIS, le 14 octobre 2026 \u2013 Oakfield Mills ouvre une usine.", "Oakfield Mills" },
  { "BERLIN, 14. Oktober 2026 \u2013 Oakfield Mills er\u00f6ffnet ein Werk.", "Oakfield Mills" },
  { "MADRID, 14 de octubre de 2026 \u2013 Oakfield Mills abre una planta.", "Oakfield Mills" },
  { "MILANO, 14 ottobre 2026 \u2013 Oakfield Mills apre uno stabilimento.", "Oakfield Mills" },
  { "S\u00c3O PAULO, 14 de outubro de 2026 \u2013 A Oakfield Mills abre uma f\u00e1brica.", "A Oakfield" },
  { "AMSTERDAM, 14 oktober 2026 \u2013 Oakfield Mills opent een fabriek.", "Oakfield Mills" },
  /* ... not a sentence that runs on from a date, nor one without a year or a month */
  { "Sales rose 14/10/2026 - a record for the shop.", "Sales rose" },
  { "Leeds, 14 goals 2026 - Chelsea, 1.", "Leeds, 14 goals" },
  { "Leeds, 14/10 - Chelsea won.", "Leeds, 14/10" },
  { "Sales rose 3 March 2026 - a record for the shop.", "Sales rose" },
  { "Leeds, 30 November: the council met.", "Leeds, 30 November" },
  { "Leeds United, 3 goals 2026 - Chelsea, 1.", "Leeds United" },
  /* Not datelines: a lower-case aside in brackets, a capitalised word and a number. */
  { "Marie, 30 ans (PS) - une élue de Lyon, a parlé.", "Marie, 30 ans (PS)" },
  { "Paris (in brief) - the talks went on.", "Paris (in brief)" },
  { "ROMA, 30 BIG WINS - not a date.", "ROMA, 30 BIG WINS" },
  { "他说11月30日电价将上涨。", "他说11月30日电价" },
  /* a transcript's speaker and stage direction: a lower-case word in brackets before a colon */
  { "Merkel (lacht): Das ist eine gute Frage.", "Merkel (lacht)" },
  { "Smith (laughs): That is a good question.", "Smith (laughs)" },
};

START_TEST (test_dateline)
{
  const gchar *start = NULL;
  guint flags = mark (datelines[_i].sentence, &start);
  ck_assert_msg (g_str_has_prefix (start, datelines[_i].after), "\"%s\" now starts \"%s\"",
                 datelines[_i].sentence, start);
  ck_assert (!(flags & PRECIS_SPAN_FURNITURE));
}
END_TEST

static const struct
{
  const gchar *sentence;
  gboolean furniture;
} flagged[] = {
  { "By John Smith and Jane Doe", TRUE },
  { "By JANE DOE, Reuters", TRUE },
  { "Reporting by Tom Rees; Editing by Ann Lee", TRUE },
  { "PHOTO: REUTERS", TRUE },
  { "Image copyright Getty Images", TRUE },
  { "(Photo by Sam Hill/Getty Images)", TRUE },
  { "Follow us on Twitter for more.", TRUE },
  { "Subscribe to our newsletter.", TRUE },
  /* a subscription offer over a locked story */
  { "Get unlimited access to every report from the valley for only $2 a month.", TRUE },
  { "Already a subscriber? Sign in here.", TRUE },
  { "Cancel anytime.", TRUE },
  /* a live page's welcome, however long; a sentence of news that welcomes is not one */
  { "Good evening and welcome to our rolling coverage of the count in the valley, where turnout is "
    "reported at a record high in every ward.",
    TRUE },
  { "Welcome to our live page on the harbour works.", TRUE },
  { "The mayor said she would welcome to the town anyone who wanted to work at the new harbour.", FALSE },
  { "Read more: the full story", TRUE },
  { "Click here to watch the video.", TRUE },
  { "Lire aussi : le budget", TRUE },
  { "Lesen Sie auch: Die Wahl", TRUE },
  /* links to more on the story, label and colon (session 22, tryout25 #7); the same words in a
   * sentence of news are not */
  { "Mehr zum Thema: Neue Regeln für Mieter", TRUE },
  { "Más información: el calendario de obras", TRUE },
  { "Per saperne di più: il testo della legge", TRUE },
  { "Mais informações: o edital completo", TRUE },
  { "Pour en savoir plus : le site de la mairie", TRUE },
  { "Meer over dit onderwerp", TRUE },
  { "Der Minister wollte nicht mehr zum Thema sagen.", FALSE },
  { "La empresa no dio más información sobre el despido.", FALSE },
  /* a newsletter plea in German, long as it is, and in Spanish's formal address */
  { "Melden Sie sich f\xC3\xBCr unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten "
    "Nachrichten aus der Region.",
    TRUE },
  { "Abonnieren Sie jetzt unseren Newsletter.", TRUE },
  { "Suscr\xC3\xAD"
    "base a nuestro bolet\xC3\xADn para recibir las noticias.",
    TRUE },
  { "Die Leser melden sich f\xC3\xBCr den Newsletter der Stadt an, sagte der Sprecher, und der Rat "
    "z\xC3\xA4hlt seit Januar mehr als dreitausend Anmeldungen aus allen Bezirken der Stadt.",
    FALSE },
  { "Posted on Tuesday 15 October 2019 at 09:11 by Ann Example.", TRUE },
  { "Posted by Ann Example on 3 May.", TRUE },
  { "Posted by kettle_boy \u00BB Tue Nov 24, 2026 9:14 pm", TRUE },
  { "Posted by j.doe at 9:14 pm", TRUE },
  { "Posted on November 30, 2026 by admin", TRUE }, /* review20s 2 */
  { "Posted on 30 November by mistake, the letter reached the wrong address.", FALSE },
  { "From: Ann Example", TRUE },
  { "Subject: Re: Launch date", TRUE },
  { "Quote | Report | Reply", TRUE },
  { "Posted by mistake, the letter reached the wrong address and caused weeks of confusion.", FALSE },
  { "Posted on the wall by the gate, the sign told visitors where to go next.", FALSE },
  { "Posted on Instagram by Kim Example, the photo drew praise from fans.", FALSE },
  { "By 2020 the company had doubled its sales in every market it served.", FALSE },
  { "By the end of the day, the river had burst its banks in three places.", FALSE },
  { "The minister said she would read more reports before deciding on the long-term funding "
    "of the national railway network.",
    FALSE },
  { "The photo showed the mayor at the scene.", FALSE },
  { "Critics said the plan did not go far enough.", FALSE },
  /* Wire credits (session 17): the agency alone on a byline's line, who contributed, Reuters'
   * credits in brackets, Bloomberg's, AP's notice; a press release's label line. A sentence of
   * news that names the agency or opens on the same words is none. */
  { "Associated Press", TRUE },
  { "The Associated Press", TRUE },
  { "AP Medical Writer", TRUE },
  { "Reuters", TRUE },
  { "Associated Press writer Ann Example contributed to this report.", TRUE },
  { "Associated Press writers Ann Example in Athens and Bo Roe in Rome contributed to this report.", TRUE },
  { "Ann Example contributed reporting from Paris.", TRUE },
  { "(Reporting by Ann Example; Editing by Bo Roe)", TRUE },
  { "(Reporting by Ann Example in Leeds; Additional reporting by Cy Poe; Writing by Bo Roe; Editing by Di "
    "Lee)",
    TRUE },
  { "Additional reporting by Ann Example in Leeds.", TRUE },
  { "Writing by Ann Example; Editing by Bo Roe", TRUE },
  { "--With assistance from Ann Example.", TRUE },
  { "To contact the reporter on this story: Ann Example in London at aexample@example.com", TRUE },
  { "Contributing: Ann Example, USA TODAY", TRUE },
  { "All rights reserved.", TRUE },
  { "This material may not be published, broadcast, rewritten or redistributed.", TRUE },
  { "FOR IMMEDIATE RELEASE", TRUE },
  { "Embargoed until 00:01 GMT, 1 December 2026", TRUE },
  { "Associated Press reporters were at the scene.", FALSE },
  { "The Associated Press reported that the fire spread overnight.", FALSE },
  { "Reuters said the deal was off.", FALSE },
  { "She contributed to the fund for years.", FALSE },
  { "With assistance from the army, the villagers rebuilt the bridge.", FALSE },
  { "Writing by candlelight, she finished the book in a week.", FALSE },
  { "All rights reserved to the owners were sold last year.", FALSE },
  { "This material may be recycled.", FALSE },
  { "The company said so in a press release.", FALSE },
  /* A time stamp on its own, or under a byline on the line before (the lines of a paragraph
   * joined); a sentence that opens on the word is not one. */
  { "Published 8:14 am, 12 March 2026", TRUE },
  { "Updated: Tuesday 3 June 2025 09:12 BST", TRUE },
  { "By Sarah Jones, Technology Reporter\nPublished 8:14 am, 12 March 2026", TRUE },
  { "Published in 2019, the report found that fares rose by a third.", FALSE },
  { "By Sarah Jones, Technology Reporter\nThe council met on 12 March 2026 to vote.", FALSE },
  /* Bylines and stamps in other languages (tryout19 #3); a sentence opening on the same word is
   * none */
  { "Von Anna Schmidt, Berlin", TRUE },
  { "Par Marie Dupont", TRUE },
  { "Por María López | Ciudad de México", TRUE },
  { "di Marco Rossi", TRUE },
  { "Door Jan de Vries", TRUE },
  { "Автор: Иван Петров", TRUE },
  { "بقلم أحمد علي", TRUE },
  { "كتب: أحمد علي", TRUE },
  { "Aktualisiert am 30.11.2026, 14:05 Uhr", TRUE },
  { "Обновлено 30 ноября 2026, 10:15", TRUE },
  { "Von den 30 Abgeordneten stimmten 20 für den Antrag.", FALSE },
  { "Von Berlin aus fuhr der Minister am Montag mit dem Zug nach Hamburg.", FALSE },
  { "Par ailleurs, le Sénat a voté la loi.", FALSE },
  { "Por ello, el Gobierno aprobó el plan.", FALSE },
  { "Автор проекта рассказал о планах.", FALSE },
  /* A dateline as the text's first sentence, in any language written with capitals; a short
   * sentence of news, an age or a share is not. */
  { "LONDON, May 1.", TRUE },
  { "Washington, Sept. 12, 2024.", TRUE },
  { "Москва, 1 мая.", TRUE },
  { "Paris, le 3 juin 2024.", TRUE },
  { "Berlin, 1. Mai", TRUE },
  { "Today, 5 people died.", FALSE },
  { "Overall, 45 percent agreed.", FALSE },
  /* ... with the agency after a dash or between slashes (RIA Novosti, TASS), or the agency
   * alone after it; a name after a dash is not an agency when no date comes before. */
  { "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90, 30 \xD0\xBD\xD0\xBE\xD1\x8F \xE2\x80\x94 "
    "\xD0\xA0\xD0\x98\xD0\x90 "
    "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8.",
    TRUE },
  { "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90, 30 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F "
    "/\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/.",
    TRUE },
  { "/\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/.", TRUE },
  { "Berlin, Hauptstadt \xE2\x80\x94 Anna Weber.", FALSE },
  { "In May, 12 people left.", FALSE },
  { "Marco Rossi, aged 45.", FALSE },
  { "Overall, 45 percent.", FALSE },

  /* Long sentences (more than 14 words) count only when a phrase opens them, however cased. */
  { "\"FOLLOW US on every platform where we publish news, pictures, video and the longer reports of "
    "our correspondents.",
    TRUE },
  { "F\xC3\x98LG OS p\xC3\xA5 alle de platforme, hvor vi udgiver nyheder, billeder, video og de "
    "l\xC3\xA6ngere reportager fra vores korrespondenter.",
    TRUE },
  { "For the latest news on the election, the budget and the other stories of the week, see the "
    "pages below.",
    TRUE },
  { "For the first time in a decade the council will publish its accounts before the end of the "
    "financial year.",
    FALSE },
  /* ... after brackets or quotes too; a first word of 32 bytes or more is folded first. */
  { "(\"Subscribe now to read every story of the week, the pictures, the video and the longer reports "
    "of our correspondents.",
    TRUE },
  { "Subscribeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee to read every story of the week, the pictures and the "
    "longer reports of our correspondents.",
    FALSE },
  /* A label with nothing after its colon: what it labels is a sentence of its own. A time's
   * colon, or a sentence that introduces a quotation, is no label. */
  { "Update:", TRUE },
  { "Editor's note:", TRUE },
  { "Lire aussi :", TRUE },
  { "Due at 10:", FALSE },
  { "The minister then told the assembled reporters:", FALSE },
  /* A copyright line, in brackets or not; the sign inside a sentence is prose. */
  { "\xC2\xA9 2019 Example Media Ltd. All rights reserved.", TRUE },
  { "(\xC2\xA9 Example Photo Agency)", TRUE },
  { "The \xC2\xA9 sign was added to the logo last year, the company said.", FALSE },
  { "The council said it would follow us on this and read more of the reports before it decided what "
    "to do.",
    FALSE },
  /* tryout22 #3: WordPress's footer and its sharing, like and related boxes' labels. */
  { "The post Park reopens after revamp appeared first on Town Blog.", TRUE },
  { "Share this:TwitterFacebook", TRUE },
  { "Like this:", TRUE },
  { "Related", TRUE },
  { "The post office appeared to be closed on Monday, residents said.", FALSE },
  { "Related charges were dropped on Monday.", FALSE },
  /* review25 #4: the footer's shape, a site's name to the end; news about a post is no footer */
  { "The post Bins collected late appeared first on townblog.example.", TRUE },
  { "The post that appeared first on Facebook on Friday was shared more than 10,000 times before it was "
    "removed.",
    FALSE },
  { "The post office, which appeared first on the council's list of closures, will stay open after all.",
    FALSE },
  { "The post that appeared first on Facebook was false.", FALSE },
  /* review26 #4: a site's name in any case, with its marks and its tag line, is still the footer */
  { "The post Park reopens appeared first on iMore.", TRUE },
  { "The post Park reopens appeared first on xkcd.", TRUE },
  { "The post Park reopens appeared first on Le blog de Marie.", TRUE },
  { "The post Park reopens appeared first on Town Blog, Leeds.", TRUE },
  { "The post Park reopens appeared first on DIY Photography - Your source for photography news.", TRUE },
  { "The post that appeared first on the council's site, yesterday, drew hundreds of replies.", FALSE },
  { "The post that appeared first on Reddit last night had been viewed two million times by Monday.", FALSE },
  /* session 28 (headline48): where a page's text was first published, a blog's greeting, a player's
   * fallback text; a sentence of news that opens alike is none */
  { "Editor's note: This article was first published in 2014.", TRUE },
  { "This article originally appeared on The Conversation.", TRUE },
  { "Originally published at example.com on March 3, 2015.", TRUE },
  { "Welcome to my blog!", TRUE },
  { "Your browser does not support the video tag.", TRUE },
  { "Originally published in 1950, the novel has never been out of print.", FALSE },
  /* a greeting in a sentence of news is no blog's greeting (a review, session 28: "hi everyone" and
   * "hello everyone" taken out of the list) */
  { "Hi everyone, the mayor said as he opened the new library on Monday.", FALSE },
  { "This article was first published in 2014 and has been read two million times since, the paper "
    "said on Monday.",
    FALSE },
  /* tryout22 #14d: a podcast's notes' label opening its content */
  { "Full notes.", TRUE },
  { "Show notes: link", TRUE },
  { "Like this: the council voted the budget down and then voted it up again on Monday, after a long "
    "debate.",
    FALSE },
};

START_TEST (test_flagged)
{
  const gchar *start = NULL;
  guint flags = mark (flagged[_i].sentence, &start);
  ck_assert_msg (((flags & PRECIS_SPAN_FURNITURE) != 0) == flagged[_i].furniture, "\"%s\" furniture: %d",
                 flagged[_i].sentence, (flags & PRECIS_SPAN_FURNITURE) != 0);
}
END_TEST

/* Each of the stage's regular expressions is compiled on its first use (furniture.c: pattern_re):
 * threads that all start on the datelines and the flagged sentences at once, each in its own order,
 * mark every one as one thread alone does. Check runs each test in a new process: none is compiled
 * before the threads start. */
#define LAZY_THREADS 4

static gpointer
lazy_mark (gpointer data)
{
  guint thread = GPOINTER_TO_UINT (data), n = G_N_ELEMENTS (datelines) + G_N_ELEMENTS (flagged);
  for (guint k = 0; k < n; k++)
    {
      guint i = (k + thread * 5) % n;
      const gchar *start = NULL;
      if (i < G_N_ELEMENTS (datelines))
        {
          guint flags = mark (datelines[i].sentence, &start);
          if (!g_str_has_prefix (start, datelines[i].after) || (flags & PRECIS_SPAN_FURNITURE))
            return g_strdup (datelines[i].sentence);
        }
      else if (((mark (flagged[i - G_N_ELEMENTS (datelines)].sentence, &start) & PRECIS_SPAN_FURNITURE) != 0)
               != flagged[i - G_N_ELEMENTS (datelines)].furniture)
        return g_strdup (flagged[i - G_N_ELEMENTS (datelines)].sentence);
    }
  return NULL;
}

START_TEST (test_patterns_compiled_once_from_threads)
{
  GThread *threads[LAZY_THREADS];
  for (guint t = 0; t < LAZY_THREADS; t++)
    threads[t] = g_thread_new ("lazy", lazy_mark, GUINT_TO_POINTER (t));
  for (guint t = 0; t < LAZY_THREADS; t++)
    {
      g_autofree gchar *wrong = g_thread_join (threads[t]);
      ck_assert_msg (wrong == NULL, "thread %u: %s", t, wrong);
    }
}
END_TEST

/* A sentence opening on each word of the lists of first words (credits, bylines, a wire's agency
 * and credits) is flagged, in capitals too: none is turned away by the words' first letters and
 * lengths. */
static const gchar *const opening_on_each_word[] = {
  "Photo: Ann Example",
  "Photos: Ann Example",
  "Photograph: Ann Example",
  "Image: Ann Example",
  "Images: Ann Example",
  "Picture: Ann Example",
  "Pictures: Ann Example",
  "Pic: Ann Example",
  "Video: Ann Example",
  "Credit: Ann Example",
  "Caption: The mayor",
  "Source: Example Agency",
  "File photo: Ann Example",
  "Illustration: Ann Example",
  "Graphic: Ann Example",
  "Copyright 2026 Example Media",
  "By Ann Example",
  "Written by Ann Example",
  "Reported by Ann Example",
  "Reporting by Ann Example",
  "Editing by Ann Example",
  "Edited by Ann Example",
  "Posted by Ann Example",
  "The Associated Press",
  "Associated Press",
  "AP",
  "Reuters",
  "AFP",
  "Agence France-Presse",
  "Bloomberg News",
  "PA Media",
  "Press Association",
  "Additional reporting by Ann Example",
  "Further reporting by Ann Example",
  "With AFP",
  "Writing by Ann Example",
  "Compiled by Ann Example",
  "To contact the reporter on this story: Ann Example",
  "Contributing: Ann Example",
  "(Reporting by Ann Example)",
  "(Editing by Ann Example)",
  "(Edited by Ann Example)",
  "(Written by Ann Example)",
  "All rights reserved.",
  "This material may not be published.",
  /* ... and every word a short one lets follow it, after any white space */
  "With AP",
  "With Reuters",
  "With Associated Press",
  "With Bloomberg",
  "With PA",
  "With additional reporting by Ann Example",
  "With further reporting from Ann Example",
  "To\tcontact the reporter on this story: Ann Example",
  "All  rights reserved.",
  "This\nmaterial may not be published.",
  /* ... and the credits that open on an em dash or an en dash */
  "\u2014With assistance from Ann Example.",
  "\u2013 With AFP",
};

START_TEST (test_every_list_word)
{
  const gchar *sentence = opening_on_each_word[_i];
  g_autofree gchar *upper = g_ascii_strup (sentence, -1);
  const gchar *start = NULL;
  ck_assert_msg ((mark (sentence, &start) & PRECIS_SPAN_FURNITURE) != 0, "\"%s\" not furniture", sentence);
  ck_assert_msg ((mark (upper, &start) & PRECIS_SPAN_FURNITURE) != 0, "\"%s\" not furniture", upper);
}
END_TEST

/* A dateline's mark (a dash or an em dash) is found wherever it falls in the sixteen-byte steps,
 * after a place of one to five words of 2 to 24 letters (and a date): up to DATELINE_MAX_SPACES
 * spaces may come before it. */
START_TEST (test_dateline_mark_anywhere)
{
  static const gchar *const tails[]
      = { " -- Lawmakers met late.", " \xE2\x80\x94 Lawmakers met late.", ", 30 NOV - Lawmakers met late." };
  for (guint words = 1; words <= 5; words++)
    for (guint n = 2; n <= 24; n++)
      for (guint t = 0; t < G_N_ELEMENTS (tails); t++)
        {
          GString *sentence = g_string_new (NULL);
          for (guint w = 0; w < words; w++)
            {
              if (w > 0)
                g_string_append_c (sentence, ' ');
              g_string_append_c (sentence, 'P');
              for (guint i = 1; i < n; i++)
                g_string_append_c (sentence, (gchar)('A' + (i + w) % 26));
            }
          g_string_append (sentence, tails[t]);
          const gchar *start = NULL;
          mark (sentence->str, &start);
          ck_assert_msg (g_str_equal (start, "Lawmakers met late."), "\"%s\" now starts \"%s\"",
                         sentence->str, start);
          g_string_free (sentence, TRUE);
        }
}
END_TEST

/* Whether @sentence is marked furniture. */
static gboolean
is_furniture (const gchar *sentence)
{
  const gchar *start = NULL;
  return (mark (sentence, &start) & PRECIS_SPAN_FURNITURE) != 0;
}

/* Asserts that each of @sentences (@n) is furniture when @furniture, else not. */
static void
assert_furniture (const gchar *const *sentences, guint n, gboolean furniture)
{
  for (guint k = 0; k < n; k++)
    ck_assert_msg (is_furniture (sentences[k]) == furniture, "\"%s\" %s", sentences[k],
                   furniture ? "not furniture" : "furniture");
}

/* precis_data_sections() for test_every_phrase_found(): counts and tests a phrase of @section
 * (NULL or "calls": a call to action; "notes": an editor's note) into @data's two counts. */
static void
test_phrase (const gchar *section, gchar *phrase, gpointer data)
{
  guint *n = data;
  if (phrase == NULL)
    return;
  gboolean note = g_strcmp0 (section, "notes") == 0;
  g_autofree gchar *upper = g_utf8_strup (phrase, -1);
  /* (in capitals only where they fold back to the phrase: not Turkish "ı") */
  g_autofree gchar *folded = g_utf8_casefold (phrase, -1), *upper_folded = g_utf8_casefold (upper, -1);
  guint n_forms = g_str_equal (folded, upper_folded) ? 2 : 1;
  const gchar *forms[] = { phrase, upper };
  const gchar *long_tail = "read what the council said about the roads and the schools in the town over the "
                           "last three years.";
  for (guint k = 0; k < n_forms; k++)
    {
      g_autofree gchar *in_short
          = g_strdup_printf (k == 0 ? "Please %s today." : "PLEASE %s TODAY.", forms[k]);
      g_autofree gchar *alone = g_strdup_printf ("%s.", forms[k]);
      g_autofree gchar *opening = g_strdup_printf ("%s and then %s", forms[k], long_tail);
      if (note)
        {
          /* an editor's note: a short sentence that opens on it, never a longer one, nor one that
           * holds it after another word (review27 #7) */
          const gchar *yes[] = { alone }, *no[] = { in_short, opening };
          assert_furniture (yes, G_N_ELEMENTS (yes), TRUE);
          assert_furniture (no, G_N_ELEMENTS (no), FALSE);
        }
      else
        {
          /* a call to action: a short sentence that holds it, a long one that opens on it */
          const gchar *yes[] = { in_short, opening };
          assert_furniture (yes, G_N_ELEMENTS (yes), TRUE);
        }
    }
  n[note]++;
}

/* Every phrase of the list makes furniture of a short sentence that holds it, in small letters and
 * in capitals, and of a long one that opens on it: none is turned away by the tests before the set of
 * first words. An editor's note only of a short sentence that opens on it. */
START_TEST (test_every_phrase_found)
{
  guint n[2] = { 0, 0 };
  precis_data_sections ("furniture.txt", test_phrase, n);
  ck_assert_uint_ge (n[0], 50);
  ck_assert_uint_ge (n[1], 5);
}
END_TEST

/* An editor's note opens a sentence of news at times: "More to follow, the minister said, ..."
 * is no note (review27 #7); a short sentence that opens on one, after a label or not, is. */
START_TEST (test_editor_note_short_only)
{
  static const gchar *const news[] = {
    "More to follow, the mayor said, as the council prepares a second plan for the harbour.",
    "More details to follow in the spring will include the cost of the works and their length.",
    "This is a developing story for the valley's farmers, who have lost two harvests to floods.",
    "The mayor said there would be more to follow on the parking changes at the meeting in May.",
    "He said more to follow.",
  };
  static const gchar *const notes[] = {
    "This story has been updated.",
    "This article was updated with comment from the council.",
    "This is a developing story and will be updated.",
    "More to follow.",
    "(More details to follow)",
    "Editor's note: This article has been updated to correct the date of the vote.",
  };
  assert_furniture (news, G_N_ELEMENTS (news), FALSE);
  assert_furniture (notes, G_N_ELEMENTS (notes), TRUE);
}
END_TEST

/* A sentence that repeats the given title (case, white space and a final mark aside) is
 * furniture; one that only begins like it, or says more, is not. */
/* A press release's tail (session 18): once its news is told, "Notes to editors", "About
 * <Company>" over a paragraph naming it, "Media contacts:", "Forward-looking statements", "ENDS",
 * "###" open it, and every sentence from there to the end is furniture; the same words before
 * any news, or "About" as a sentence of news, do not. An agency's signature last. Sentences one a
 * line, each a paragraph; @expected one character a sentence: 'F' furniture, '-' not. */
static const struct
{
  const gchar *text;
  const gchar *expected;
} tails[] = {
  { "Oakfield Mills today opened a flour mill in York.\nNotes to editors\nOakfield Mills employs 900 "
    "people.\nMedia contacts:\nAnn Example, +44 1904 000 000\n",
    "-FFFF" },
  { "Oakfield Mills today opened a flour mill in York.\nThe mill will employ 60 people.\nAbout Oakfield "
    "Mills\nOakfield Mills employs 900 people at four sites.\nPress contact: press@oakfield.example\n",
    "--FFF" },
  { "Oakfield Mills today opened a flour mill in York.\nForward-looking statements\nThis release holds "
    "plans.\nSource: Oakfield Mills\n###\n",
    "-FFFF" },
  { "Oakfield Mills today opened a flour mill in York.\nThis press release contains forward-looking "
    "statements about sales.\nOakfield Mills employs 900 people.\n",
    "-FF" },
  { "Oakfield Mills today opened a flour mill in York.\nThe mill will employ 60 people.\n-ends-\nAnn "
    "Example, +44 1904 000 000\n",
    "--FF" },
  { "Oakfield Mills today opened a flour mill in York.\nENDS\n", "-F" },
  { "Oakfield Mills today opened a flour mill in York, its owner said.\nbur-jj/sst\n", "-F" },
  /* ... in the other languages whose datelines are read (session 18), and "About us" */
  { "Oakfield Mills a ouvert un moulin \u00e0 York.\n\u00c0 propos de Oakfield Mills\nOakfield Mills emploie "
    "900 "
    "personnes.\nContact presse : Ann Example\n",
    "-FFF" },
  { "Oakfield Mills hat in York eine M\u00fchle er\u00f6ffnet.\n\u00dcber Oakfield Mills\nOakfield Mills "
    "besch\u00e4ftigt 900 Menschen.\nPressekontakt:\nAnn Example\n",
    "-FFFF" },
  { "Oakfield Mills abri\u00f3 un molino en York.\nAcerca de Oakfield Mills\nOakfield Mills emplea a 900 "
    "personas.\nFIN\n",
    "-FFF" },
  { "Oakfield Mills heeft een molen geopend in York.\nNoot voor de redactie\nOakfield Mills heeft 900 "
    "medewerkers.\n",
    "-FF" },
  { "Oakfield Mills today opened a flour mill in York.\nAbout us\nWe mill flour.\n", "-FF" },
  /* not: before any news; "About" not over its company's paragraph, or a sentence; the
   * signature's look-alikes */
  { "Notes to editors\nOakfield Mills today opened a flour mill in York.\n", "--" },
  { "Oakfield Mills today opened a flour mill in York.\nAbout Town\nThe mill will employ 60 people.\n",
    "---" },
  { "Oakfield Mills today opened a flour mill in York.\nAbout 60 people will work there.\nIt opens in "
    "May.\n",
    "---" },
  { "Oakfield Mills today opened a flour mill in York.\nThe media contacted the owner.\nShe said "
    "no.\n",
    "---" },
  { "Oakfield Mills today opened a flour mill in York.\nbur-jj/sst\nThe mill will employ 60 "
    "people.\n",
    "---" },
  { "Oakfield Mills today opened a flour mill in York.\nsee bur/sst\n", "--" },
  { "Oakfield Mills today opened a flour mill in York.\nOver 60 people will work there.\nA new road is "
    "planned.\n",
    "---" },
  { "Oakfield Mills today opened a flour mill in York.\nSobre el molino\nEl molino abre en mayo.\n", "---" },
  /* not (review20): an end marker with news after it (a section break: "###", "Fin", "Ende"), a
   * sub-heading "About The ..." or "Over The ..." over a sentence that names it in another case or
   * not at all, a sentence of news that mentions forward-looking statements */
  { "York council approved a new footbridge over the river.\nThe bridge will cost 4.2 million pounds.\n###\n"
    "Opponents said the money should have gone to the city's buses.\nWork starts in March.\n",
    "-----" },
  { "Le gouvernement a pr\u00e9sent\u00e9 mardi un budget.\nFin\nFin des niches fiscales : le texte supprime "
    "quinze avantages.\nLes oppositions ont d\u00e9nonc\u00e9 un budget injuste.\n",
    "----" },
  { "Der FC Bayern hat das Spitzenspiel gegen Dortmund gewonnen.\nEnde\nEnde der Serie: Dortmund verlor "
    "erstmals.\nDer Trainer sagte, seine Mannschaft habe zu passiv gespielt.\n",
    "----" },
  { "People who walk daily are less likely to suffer a heart attack.\nAbout The Study\nThe study tracked "
    "90,000 adults.\nThose who walked briskly had fewer heart attacks.\n",
    "----" },
  { "The last shop in Ashby closed on Saturday.\nOver The Years\nThe shop has sold everything over the "
    "years.\nVillagers held a party in the street.\n",
    "----" },
  { "The SEC proposed a change to how companies talk about their prospects.\nThis protection for "
    "forward-looking statements dates from a 1995 law.\nCompanies would lose the shield.\n",
    "---" },
  /* ... but an end marker over short lines, an "About" over its name after an article */
  { "Oakfield Mills today opened a flour mill in York.\n###\nAnn Example\npress@oakfield.example\n", "-FFF" },
  { "The Body Shop today opened a store in York.\nAbout The Body Shop\nThe Body Shop has 900 stores.\n",
    "-FF" },
};

/* "About <Place>" over a long section (a guide's) opens no tail: at most 24 sentences may follow. */
START_TEST (test_release_tail_near_end)
{
  g_autoptr (GString) text = g_string_new ("The city has a new guide for visitors.\nAbout Lisbon\n");
  for (guint k = 0; k < 25; k++)
    g_string_append_printf (text, "Lisbon has %u hills and a river.\n", k + 7);
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
  for (const gchar *p = text->str; *p != '\0'; p = strchr (p, '\n') + 1)
    {
      PrecisSpan span = { (gsize)(p - text->str), (gsize)(strchr (p, '\n') - text->str), spans->len,
                          PRECIS_SPAN_PARAGRAPH_START };
      g_array_append_val (spans, span);
    }
  precis_furniture_mark (text->str, spans, NULL);
  for (guint i = 0; i < spans->len; i++)
    ck_assert_msg ((g_array_index (spans, PrecisSpan, i).flags & PRECIS_SPAN_FURNITURE) == 0, "sentence %u",
                   i);
  /* one sentence fewer after it: the tail */
  g_array_set_size (spans, spans->len - 1);
  for (guint i = 0; i < spans->len; i++)
    g_array_index (spans, PrecisSpan, i).flags = PRECIS_SPAN_PARAGRAPH_START;
  precis_furniture_mark (text->str, spans, NULL);
  ck_assert ((g_array_index (spans, PrecisSpan, 1).flags & PRECIS_SPAN_FURNITURE) != 0);
  ck_assert ((g_array_index (spans, PrecisSpan, spans->len - 1).flags & PRECIS_SPAN_FURNITURE) != 0);
}
END_TEST

/* Marks @text (one paragraph-initial sentence a line) as a text of @language and checks each
 * sentence's furniture flag against @expected ('F' flagged, '-' not). */
static void
check_lines (const gchar *text, const gchar *language, const gchar *expected)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
  for (const gchar *p = text; *p != '\0'; p = strchr (p, '\n') + 1)
    {
      PrecisSpan span
          = { (gsize)(p - text), (gsize)(strchr (p, '\n') - text), spans->len, PRECIS_SPAN_PARAGRAPH_START };
      g_array_append_val (spans, span);
    }
  ck_assert_uint_eq (spans->len, strlen (expected));
  precis_furniture_mark (text, spans, language);
  for (guint i = 0; i < spans->len; i++)
    {
      const PrecisSpan *span = &g_array_index (spans, PrecisSpan, i);
      ck_assert_msg (((span->flags & PRECIS_SPAN_FURNITURE) != 0) == (expected[i] == 'F'),
                     "sentence %u of \"%s\" (%s): furniture flag not as %s", i, text, language, expected);
    }
}

/* tryout22 #14e: a sentence a feed cut short ("[…]", "[...]") is furniture, unless it is the
 * text's first (a lone teaser is its lede); "[...]" inside a sentence is an elision. */
START_TEST (test_cut_short)
{
  check_lines (
      "Work on the harbour wall finished on Friday.\n"
      "The council said the repairs would protect 200 homes, according to engineers who [\xE2\x80\xA6]\n"
      "The council said the repairs would protect 200 homes, according to engineers who [...] \n"
      "The council said [...] the repairs were done.\n",
      NULL, "-FF-");
  check_lines ("The council said the repairs would protect 200 homes, according to engineers who [...]\n",
               NULL, "-");
}
END_TEST

START_TEST (test_release_tail)
{
  check_lines (tails[_i].text, NULL, tails[_i].expected);
}
END_TEST

/* Another language's furniture words are read in a text of that language, not in an English one
 * (session 19): an English section heading "Over the Hill" over a paragraph that names the hill,
 * a sub-heading naming Von Miller or a grill called "Por Favor", a list of names that opens on
 * "Fin", a German "Ende" in an English text. In their own languages the byline and the tail are
 * found; a text of another language (Galician's "Por") or of none (NULL, "und") reads them all. */
static const struct
{
  const gchar *language;
  const gchar *text; /* one sentence a line, each a paragraph */
  const gchar *expected;
} language_tails[] = {
  { "english",
    "The last flour mill in Ashby closed on Saturday.\nOver the Hill\nHill farmers have lost the market for "
    "their wheat.\nThe council will discuss the site in May.\n",
    "----" },
  { "english",
    "The Buffalo Bills signed a linebacker on Friday.\nVon Miller Joins the Bills\nThe deal runs for four "
    "years.\n",
    "---" },
  { "english",
    "A Mexican restaurant is coming to Ashby.\nPor Favor Grill Opens on Main Street\nIt will seat 80 "
    "diners.\n",
    "---" },
  { "english",
    "Three fishermen were rescued off Ullapool on Monday.\nThey were named as:\nFin\nCallum Ross\n", "----" },
  { "english", "The band played its last show in Hamburg on Saturday.\nEnde\nBlue Lines\nThe Long Road\n",
    "----" },
  /* in their own languages */
  { "german", "Der Bundestag hat die Rentenreform beschlossen.\nVon Anna Schmidt\nDie Reform gilt ab Mai.\n",
    "-F-" },
  { "german",
    "Oakfield Mills hat in York eine M\u00fchle er\u00f6ffnet.\nDie M\u00fchle hat 60 Stellen.\nEnde\nAnn "
    "Example\n",
    "--FF" },
  { "spanish",
    "El Congreso aprob\u00f3 la reforma.\nPor Mar\u00eda L\u00f3pez\nLa reforma entra en vigor en "
    "mayo.\n",
    "-F-" },
  { "spanish",
    "Oakfield Mills abri\u00f3 un molino en York.\nAcerca de Oakfield Mills\nOakfield Mills emplea a 900 "
    "personas.\nFIN\n",
    "-FFF" },
  { "portuguese", "O Congresso aprovou a reforma.\nPor Maria Souza\nA reforma come\u00e7a em maio.\n",
    "-F-" },
  { "dutch",
    "Oakfield Mills heeft een molen geopend in York.\nOver Oakfield Mills\nOakfield Mills heeft 900 "
    "medewerkers.\n",
    "-FF" },
  /* a German byline in a Spanish text is not read, a Spanish one in a German text neither */
  { "spanish", "El Congreso aprob\u00f3 la reforma.\nVon Anna Schmidt\nLa reforma entra en vigor en mayo.\n",
    "---" },
  /* a language without words of its own, or none determined: all of them, as before */
  { "galician", "O Parlamento aprobou a reforma.\nPor Xo\u00e1n Pereira\nA reforma entra en vigor.\n",
    "-F-" },
  { "und", "Der Bundestag hat die Rentenreform beschlossen.\nVon Anna Schmidt\nDie Reform gilt ab Mai.\n",
    "-F-" },
  { NULL,
    "The last flour mill in Ashby closed on Saturday.\nOver the Hill\nHill farmers have lost the market for "
    "their wheat.\nThe council will discuss the site in May.\n",
    "-FFF" },
};

START_TEST (test_language_words)
{
  check_lines (language_tails[_i].text, language_tails[_i].language, language_tails[_i].expected);
}
END_TEST

/* The summariser hands the detected or given language to the stage: an English feature's section
 * "Over the Hill" is read, a German text's "Von Anna Schmidt" is a byline. */
START_TEST (test_language_through_summarizer)
{
  static const gchar english[]
      = "The last flour mill in Ashby closed on Saturday after 140 years, and its owners blamed the price of "
        "energy.\n\nThe mill's thirty workers will be offered jobs at a bakery in the town, the owners "
        "said.\n\n"
        "Over the Hill\n\nHill farmers who sold their wheat to the mill for generations have lost their "
        "nearest market.\n\nThe council will discuss the future of the site at its meeting in May.\n";
  static const gchar german[]
      = "Der Bundestag hat am Freitag die Rentenreform beschlossen, die ab dem kommenden Jahr gelten "
        "soll.\n\n"
        "Von Anna Schmidt\n\nDie Reform sieht vor, dass das Rentenniveau bis zum Jahr 2031 stabil bleibt "
        "und die Beitr\u00e4ge nur langsam steigen.\n\nDie Opposition kritisierte die Kosten der Reform "
        "f\u00fcr die junge Generation scharf.\n";
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (PrecisSummarizer) s = precis_summarizer_new (k == 0 ? NULL : "english", NULL);
      g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, english, -1, NULL);
      ck_assert_uint_eq (precis_summary_get_n_document_sentences (sum), 5);
      for (guint i = 0; i < 5; i++)
        ck_assert_msg (!precis_summary_get_document_sentence (sum, i)->furniture, "%s",
                       precis_summary_get_document_sentence (sum, i)->text);
    }
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (PrecisSummarizer) s = precis_summarizer_new (k == 0 ? NULL : "german", NULL);
      g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, german, -1, NULL);
      ck_assert_str_eq (precis_summary_get_language (sum), "german");
      ck_assert_uint_eq (precis_summary_get_n_document_sentences (sum), 4);
      ck_assert (precis_summary_get_document_sentence (sum, 1)->furniture);
      ck_assert (!precis_summary_get_document_sentence (sum, 2)->furniture);
    }
}
END_TEST

START_TEST (test_title_repeated)
{
  const gchar *text = "Why  neon is the ultimate symbol of the 20th century.\n\n"
                      "Why neon is the ultimate symbol of the 20th century, and why it fades.\n\n"
                      "The once common light was new in the early 1900s.\n";
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
  const gsize starts[] = { 0, 55, 127 };
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      const gchar *end = strchr (text + starts[i], '\n');
      PrecisSpan span = { starts[i], (gsize)(end - text), i, PRECIS_SPAN_PARAGRAPH_START };
      g_array_append_val (spans, span);
    }
  precis_furniture_mark_title (text, spans, "Why Neon Is the Ultimate Symbol of the 20th Century");
  ck_assert ((g_array_index (spans, PrecisSpan, 0).flags & PRECIS_SPAN_FURNITURE) != 0);
  ck_assert ((g_array_index (spans, PrecisSpan, 1).flags & PRECIS_SPAN_FURNITURE) == 0);
  ck_assert ((g_array_index (spans, PrecisSpan, 2).flags & PRECIS_SPAN_FURNITURE) == 0);
  precis_furniture_mark_title (text, spans, NULL); /* no title: nothing more */
  ck_assert ((g_array_index (spans, PrecisSpan, 1).flags & PRECIS_SPAN_FURNITURE) == 0);

  /* Through the summariser: the headline is the title, the summary does not repeat it. */
  g_autoptr (PrecisSummarizer) summarizer = precis_summarizer_new ("english", NULL);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run_with_title (
      summarizer, text, -1, "Why Neon Is the Ultimate Symbol of the 20th Century", NULL);
  ck_assert_ptr_nonnull (sum);
  for (guint i = 0; i < precis_summary_get_n_sentences (sum); i++)
    ck_assert_uint_ne (precis_summary_get_sentence (sum, i)->index, 0);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("furniture");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_dateline, 0, G_N_ELEMENTS (datelines));
  tcase_add_loop_test (tc, test_flagged, 0, G_N_ELEMENTS (flagged));
  tcase_add_test (tc, test_patterns_compiled_once_from_threads);
  tcase_add_loop_test (tc, test_release_tail, 0, G_N_ELEMENTS (tails));
  tcase_add_test (tc, test_release_tail_near_end);
  tcase_add_test (tc, test_cut_short);
  tcase_add_loop_test (tc, test_language_words, 0, G_N_ELEMENTS (language_tails));
  tcase_add_test (tc, test_language_through_summarizer);
  tcase_add_test (tc, test_title_repeated);
  tcase_add_test (tc, test_every_phrase_found);
  tcase_add_test (tc, test_editor_note_short_only);
  tcase_add_test (tc, test_dateline_mark_anywhere);
  tcase_add_loop_test (tc, test_every_list_word, 0, G_N_ELEMENTS (opening_on_each_word));
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
