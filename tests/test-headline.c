/* test-headline.c - headlines: the title when there is one, else a complete clause from the lede
 * (issue #14), whole constituents removed, never cut at a word budget. */
#include "base/lexicon.h"
#include "pipeline/headline.h"
#include "pipeline/summary.h"
#include "test-util.h"

#include <string.h>

static gchar *
headline (const gchar *language, const gchar *sentence)
{
  const PrecisLanguageInfo *info = precis_language_lookup (language);
  PrecisTokenizer *tok = precis_tokenizer_new (info);
  gchar *h = precis_headline_from_sentence (sentence, info, tok);
  precis_tokenizer_free (tok);
  return h;
}

static const struct
{
  const gchar *sentence;
  const gchar *headline;
} cases[] = {
  { "Profits at the bakery chain rose 12% last year, the company said on Tuesday.",
    "Profits at bakery chain rose 12%" },
  /* a quotation stays one (before: "We will rebuild every school", the paper's own statement) */
  { "\"We will rebuild every school,\" the minister said.", "'We will rebuild every school'" },
  /* a list's bullet is no part of the headline (before: "\u2022 Storm warning ...") */
  { "\u2022 Storm warning issued for the whole coast on Friday.", "Storm warning issued for whole coast" },
  { "The council has been fined by the regulator for late accounts.",
    "Council fined by regulator for late accounts" },
  { "However, the mayor said the tram line would open in May.", "Tram line would open in May" },
  { "On Monday, police closed the main road (the A1) after a crash.", "Police closed main road after crash" },
  { "The river burst its banks, which flooded the town centre and forced hundreds of families "
    "to leave their homes overnight.",
    "River burst its banks" },
  { "Officials said that the airport would reopen.", "Airport would reopen" },
  /* Issue #14's failures, paraphrased. cut: a verb without its object, a cut name, a trailing
   * preposition */
  { "The strike by sanitation workers in east Delhi seemed to be ending on Friday after the city "
    "agreed to pay their wages.",
    "Strike by sanitation workers in east Delhi seemed to be ending" },
  { "Cambodia's ruling party responded on Tuesday to opposition claims that the election had been rigged.",
    "Cambodia's ruling party responded to opposition claims that election had been rigged" },
  { "The cost of trying to study in London has left many overseas students deep in debt, a survey "
    "has found.",
    "Cost of trying to study in London has left many overseas students deep in debt" },
  { "Eating late at night raises the risk of heart disease, research suggests.",
    "Eating late at night raises risk of heart disease" },
  { "Unemployment fell to a record low in May, figures showed on Tuesday.",
    "Unemployment fell to record low in May" },
  { "Former England footballer Paul Gascoigne will join the EastEnders actress Scarlett Johnson on a "
    "celebrity dancing show this winter.",
    "Former England footballer Paul Gascoigne will join EastEnders actress Scarlett Johnson" },
  { "The company, which employs 3,000 people in the region, announced on Monday that it would close "
    "two factories by the end of the year.",
    "Company announced that it would close two factories by end of year" },
  /* noverb: an appositive, a leading adjunct or a name kept instead of the clause */
  { "Aditya Puri, the managing director of the bank, said lending would grow by a fifth this year.",
    "Aditya Puri said lending would grow by fifth" },
  { "More than five weeks after the floods, thousands of families are still living in tents.",
    "Thousands of families are still living in tents" },
  { "Singer and actor Harry Connick Jr will host a new talent show on the network next year.",
    "Singer and actor Harry Connick Jr will host new talent show" },
  { "Fake bank e-mails, or phishing, are tricking thousands of customers into handing over their passwords.",
    /* "into" may open the verb's second complement ("tricking X into ..."): run on to the end */
    "Fake bank e-mails are tricking thousands of customers into handing over their passwords" },
  /* ungrammatical: a clause left without its auxiliary */
  { "If you have been India's Test captain, you know what pressure is, the former batsman said.",
    "If you have been India's Test captain, you know what pressure is" },
  { "Shares in the drinks firm have risen sharply.", "Shares in drinks firm have risen sharply" },
  /* a bare weekday, as agencies write it (Gigaword's inputs are lower-case) */
  { "cambodia 's ruling party responded tuesday to opposition claims that the election had been rigged .",
    "Cambodia's ruling party responded to opposition claims that election had been rigged" },
  /* a quotation that ends on a plural keeps it: its closing mark is no plural's possessive */
  { "\"We need to expand our production to beat all our rivals,\" the chairman said on Monday.",
    "'We need to expand our production to beat all our rivals'" },
  /* a quotation keeps its articles and loses the full stop inside its closing mark */
  { "The minister told reporters: \"We will win the war.\"",
    "Minister told reporters: \"We will win the war\"" },
  /* an aside between dashes, a leading subordinate clause, a relative clause about the subject */
  { "The district has refused - for a second time - permission for the two leaders to hold a joint rally "
    "before the vote.",
    "District refused permission for two leaders to hold joint rally before vote" },
  { "A day after the minister attacked his predecessor, the opposition demanded an apology in parliament.",
    "Opposition demanded apology in parliament" },
  { "The pit where the old tower once stood will be empty soon, with nothing left to find.",
    "Pit where old tower once stood will be empty soon" },
  /* a first word written with a small letter on purpose keeps it; a hyphenated one does not */
  { "iPhone sales rose sharply in the third quarter.", "iPhone sales rose sharply in third quarter" },
  { "pan-European talks resumed in Brussels on Monday.", "Pan-European talks resumed in Brussels" },
  /* Review of the eleventh round (issue #14, session 13). A connective and a time phrase go: what
   * is left has a subject of its own (before: "This year, festival will move ...", "Week later,
   * minister resigned ...") */
  { "But this year, the festival will move to a new site on the edge of the city.",
    "Festival will move to new site on edge of city" },
  { "And a week later, the minister resigned over the scandal.", "Minister resigned over scandal" },
  /* "in" completes "kept" only right after a short object (before: "... unchanged for sixth month
   * running in decision widely expected by economists", "Bank of England kept interest rates") */
  { "The European Central Bank kept its main refinancing rate unchanged for the sixth month running in "
    "a decision widely expected by economists in the eurozone.",
    "European Central Bank kept its main refinancing rate unchanged" },
  { "The Bank of England kept interest rates on hold at a record low of half a per cent in a widely "
    "expected decision by its nine members.",
    "Bank of England kept interest rates on hold" },
  { "Taking the pills every day for years at a time can help keep some types of cancer in remission for "
    "longer than surgery alone would allow, say doctors who ran the trial in three countries.",
    "Taking pills every day for years at time can help keep some types of cancer in remission" },
  { "The suspect was kept in custody overnight while detectives searched his flat in the east of the "
    "city for evidence linked to a string of burglaries that had alarmed residents since the summer.",
    "Suspect kept in custody overnight while detectives searched his flat" },
  /* an -ing noun after a singular noun is no participle phrase of the subject (before: "Government
   * has risen faster than in wealthiest regions", "Bank has fallen at fastest rate since records
   * began"); after a plural it is one */
  { "Government spending on the health service in the poorest regions of the country outside the big "
    "cities of the south of the mainland over the past decade of austerity has risen faster than in the "
    "wealthiest regions.",
    "Government spending on health service in poorest regions of country outside big cities of south of "
    "mainland over past decade of austerity has risen faster" },
  { "bank lending to small businesses in the manufacturing towns of the north of england outside the big "
    "cities of the south of the country in the last three months of the year has fallen at the fastest "
    "rate since records began.",
    "Bank lending to small businesses in manufacturing towns of north of england outside big cities of "
    "south of country in last three months of year has fallen" },
  { "Children living in the poorest areas of the city outside the big estates of the south of the "
    "country in the last three months of the year were twice as likely to be admitted to hospital with "
    "asthma.",
    "Children were twice as likely to be admitted to hospital with asthma" },
  /* an inverted clause keeps its leading phrase, also a day's (before: "Comes news that ...") */
  { "On Monday, comes the news that the factory will close with the loss of 300 jobs.",
    "On Monday, comes news that factory will close with loss of 300 jobs" },
  { "Today, comes the news that the factory will close with the loss of 300 jobs.",
    "Today, comes news that factory will close with loss of 300 jobs" },
  /* a past form before a bare noun is a participle, not an inverted verb */
  { "Inspired by the attacks of the militants, banned terror groups in the region have been plotting raids "
    "on the capital, officials say.",
    "Banned terror groups in region have been plotting raids on capital" },
  /* a modal after "and" is the -ing subject's verb; only a past form joins the adjective or past
   * form before it (before: "Finance minister told parliament") */
  { "Spending on schools rose and will rise again next year, the finance minister told parliament.",
    "Spending on schools rose and will rise again" },
  /* tryout18 #5: a determiner and a time word open a time adverbial, not a subject whose
   * appositive is the clause (before: "That afternoon checked tide tables and walked down to boat") */
  { "That afternoon, Sam Hale pulled on his coat, checked the tide tables and walked down to the boat.",
    "That afternoon, Sam Hale pulled on his coat, checked tide tables" },
  /* tryout20 #1: a sentence in capitals is read as in lower case, its capitals no names'
   * (before: "HARBOUR BOARD VOTED TO SELL THE OLD FERRY TERMINAL TO PRIVATE BUYER, ENDING YEARS
   * OF TALKS", "THE OLD FERRY TERMINAL" read as a name) */
  { "THE HARBOUR BOARD VOTED ON MONDAY TO SELL THE OLD FERRY TERMINAL TO A PRIVATE BUYER, ENDING YEARS OF "
    "TALKS.",
    "HARBOUR BOARD VOTED TO SELL OLD FERRY TERMINAL TO PRIVATE BUYER" },
  /* review27 #5: a participle of saying after "not" or an auxiliary is its clause's verb and
   * stays (before: "... and its managers are not", "... and operator isn't", "... and her aides
   * are"); after a comma, with its clause cut, it still goes */
  { "The bank has closed three branches in the town, and its managers are not saying.",
    "Bank closed three branches in town, and its managers are not saying" },
  { "Nobody knows why the ferry was late again, and the operator isn't explaining.",
    "Nobody knows why ferry was late again, and operator isn't explaining" },
  { "The mayor has called for calm, and her aides are insisting.",
    "Mayor called for calm, and her aides are insisting" },
  { "The mayor left the meeting early, saying.", "Mayor left meeting early" },
  /* Rules that match twice in one sentence: the matcher searches on past a match while a byte that
   * every match holds follows it (headline.c: apply's @holds), and stops only when none does. */
  /* two brackets, each holding "(" or "[" (the second "[": no "(" follows the first) */
  { "Police arrested two men (both aged 30) near the station (in the town centre) after a fight that "
    "broke out late in the evening.",
    "Police arrested two men near station" },
  { "Scientists at the museum (in London) found the bones [of a small dinosaur] in a quarry near the coast.",
    "Scientists at museum found bones in quarry near coast" },
  /* two day phrases ("on Monday morning", "last week") and two day words ("yesterday", then
   * "tonight", which holds no "y": no "y" follows the first) */
  { "The talks that began on Monday morning ended last week without a deal on fishing rights in the North "
    "Sea.",
    "Talks that began ended without deal on fishing rights in North Sea" },
  { "Heavy rain fell yesterday across the north, and more is expected tonight in the hills.",
    "Heavy rain fell across north, and more is expected in hills" },
  /* two bare weekdays ("Friday" holds the "y" that lets the matcher search on past "Tuesday"), two
   * comparatives with their time words ("later" holds an "l") */
  { "The union said Tuesday that the strike would end Friday if the talks went well.",
    "Strike would end if talks went well" },
  { "The ferry will sail earlier today and return later tonight to the harbour.",
    "Ferry will sail and return to harbour" },
  /* two asides between dashes */
  { "The minister - speaking in Paris - said that the talks - which began in March - would go on for a year.",
    "Talks would go on for a year" },
  /* A wire's dateline goes only with its agency's tag, looked for at each "(" before the matcher is
   * tried (headline.c: has_agency_tag): the tag after another bracket, and no tag at all. */
  { "Officials in Lagos (Nigeria) (Reuters) - The port reopened on Monday after a strike by dock workers "
    "ended.",
    "Port reopened after strike by dock workers ended" },
  { "Officials in Lagos (Nigeria) said the port reopened on Monday after a strike by dock workers ended.",
    "Officials in Lagos said port reopened after strike by dock workers ended" },
  /* The attributions at the end are tried only when their verb has at most five runs of white space
   * after it (headline.c: few_words_after_verb): two time phrases and a space before the full stop
   * make five, and the attribution still goes. */
  { "The bridge over the river will reopen in June after repairs, the council said on Tuesday in Leeds .",
    "Bridge over river will reopen in June after repairs" },
  { "Sea levels along the coast rose faster than expected, a new study found this week in 2019 .",
    "Sea levels along coast rose faster than expected" },
  /* A word's letters (split_words): quotes and marks outside ASCII trimmed off both ends, letters
   * outside ASCII kept, possessives with a curly apostrophe and a plural's, a dash word alone, a
   * word longer than any in the lexicon. */
  { "\u00ABÉric Dupont\u00BB said the museum's new wing would open in June, officials said.",
    "\u00ABÉric Dupont\u00BB said museum's new wing would open in June" },
  { "The players' union, which represents 400 footballers, voted on Tuesday to strike over pay.",
    "Players' union voted to strike over pay" },
  { "Ärzte in Zürich\u2019s hospitals warned that the winter\u2019s flu wave had arrived early this year.",
    "Ärzte in Zürich\u2019s hospitals warned that winter\u2019s flu wave had arrived early this year" },
  { "The mayor \u2013 who took office in May \u2013 said the city\u2019s budget would rise by 4% next year.",
    "City\u2019s budget would rise by 4%" },
  { "\"Supercalifragilisticexpialidociousnessandmanymoreletterslongerthananylexiconword\" became the "
    "longest word in the new dictionary.",
    "\"Supercalifragilisticexpialidociousnessandmanymoreletterslongerthananylexiconword\" became longest "
    "word in new dictionary" },
  { "Police said a 45-year-old man was arrested in the town of Łódź after a crash on the A1 road.",
    "45-year-old man arrested in town of Łódź after crash on A1 road" },
  /* the budget counts characters, not bytes: words outside ASCII (each Greek letter two bytes) */
  { "Ελένη Παπαδοπούλου and Γιώργος Αντωνόπουλος won the marathon in Θεσσαλονίκη, which drew crowds.",
    "Ελένη Παπαδοπούλου and Γιώργος Αντωνόπουλος won marathon in Θεσσαλονίκη" },
  { "Ελένη Παπαδοπούλου won the long marathon in Θεσσαλονίκη with her brother Γιώργος Αντωνόπουλος, which "
    "drew crowds.",
    "Ελένη Παπαδοπούλου won long marathon in Θεσσαλονίκη with her brother Γιώργος Αντωνόπουλος" },
};

START_TEST (test_english)
{
  g_autofree gchar *h = headline ("english", cases[_i].sentence);
  ck_assert_str_eq (h, cases[_i].headline);
}
END_TEST

static const gchar *const long_sentences[] = {
  "The committee of the regional parliament voted by a large majority to approve a new law on the "
  "protection of wetlands and rivers against pollution from farms and factories in the area",
  "Engineers found last year that corrosion had weakened two of the bridge's main supports, forcing "
  "the council to ban lorries and cut the speed limit to 30 km/h.",
  "Schools, hospitals, libraries, museums, parks, swimming pools, sports halls and theatres across "
  "the whole country will get more money next year under the plan.",
};

START_TEST (test_shape)
{
  g_autofree gchar *h = headline ("english", long_sentences[_i]);
  guint n_words = 0;
  g_auto (GStrv) words = g_strsplit (h, " ", -1);
  n_words = g_strv_length (words);
  /* a long complete headline beats a short broken one */
  ck_assert_msg (n_words >= 3 && n_words <= 20, "\"%s\": %u words", h, n_words);
  ck_assert_uint_le (g_utf8_strlen (h, -1), 130);
  const gchar *last = words[n_words - 1];
  ck_assert_msg (!g_str_has_suffix (h, ",") && !g_str_has_suffix (h, ".") && !g_str_equal (last, "said")
                     && !g_str_equal (last, "the") && !g_str_equal (last, "of") && !g_str_equal (last, "and"),
                 "dangling end: \"%s\"", h);
  /* It starts with the sentence's first word (an article dropped), in capitals. */
  ck_assert (strstr (long_sentences[_i], words[0] + 1) != NULL);
}
END_TEST

/* Text tokenised as the Penn Treebank writes it is read as such in English only, and only with
 * more than one sign of it: Dutch "'s avonds" and dashes are the text's own. */
START_TEST (test_untokenise_only_treebank)
{
  g_autofree gchar *dutch = headline (
      "dutch", "Het museum is maandag 's avonds open - ook in het weekend - voor bezoekers uit de stad.");
  ck_assert_str_eq (dutch, "Het museum is maandag 's avonds open voor bezoekers uit de stad");
  g_autofree gchar *latex = headline (
      "english", "Reviewers called the novel `` a quiet triumph'' - high praise - for a first book.");
  ck_assert_str_eq (latex, "Reviewers called novel `` quiet triumph'' for first book");
  /* and Gigaword's text still is */
  g_autofree gchar *giga = headline ("english", "the retailer 's shares fell after the wal - mart deal .");
  ck_assert_str_eq (giga, "Retailer's shares fell after wal-mart deal");
}
END_TEST

/* Each of the Treebank signs untokenise() counts is found wherever it stands: with a final " ."
 * it makes two signs, and the text is untokenised ("-lsb-", no sign, becomes "["); one sign alone
 * (the " ." ) leaves it. A sign in the first sixteen bytes, in the middle and in the last ones
 * (may_be_tokenised reads sixteen bytes a step). */
START_TEST (test_every_treebank_sign)
{
  static const gchar *const signs[]
      = { " 's ", " n't ", " -lrb- ", " `` ", " , ", " ; ", " : ", " -rrb- ", " '' " };
  static const gchar *const places[][2] = {
    { "The",
      "city council approved the new budget for the harbour district -lsb- in 2019 -rsb- on Monday ." },
    { "The city council approved the new",
      "budget for the harbour district -lsb- in 2019 -rsb- on Monday ." },
    { "The city council approved the new budget for the harbour district -lsb- in 2019 -rsb- on",
      "Monday ." },
  };
  for (guint j = 0; j < G_N_ELEMENTS (places); j++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
        {
          g_autofree gchar *sentence = g_strconcat (places[j][0], signs[i], places[j][1], NULL);
          g_autofree gchar *h = headline ("english", sentence);
          ck_assert_msg (strstr (h, "lsb") == NULL, "%s -> %s", sentence, h);
        }
      g_autofree gchar *plain = g_strconcat (places[j][0], " ", places[j][1], NULL);
      g_autofree gchar *h = headline ("english", plain);
      ck_assert_msg (strstr (h, "-lsb-") != NULL, "%s -> %s", plain, h);
    }
}
END_TEST

START_TEST (test_other_language)
{
  g_autofree gchar *h
      = headline ("french", "le conseil municipal a voté mardi la construction d'un nouveau pont "
                            "sur le fleuve, qui coûtera environ deux cents millions d'euros.");
  /* 16 words before the comma: a long whole clause, not one cut at 12 words before "sur" */
  ck_assert_str_eq (h, "Le conseil municipal a voté la construction d'un nouveau pont sur le fleuve");
}
END_TEST

/* In a verb-final language the sentence's last word is its verb or auxiliary, a stopword there:
 * kept (tryout19 #4: Hindi "की" and "किया", Turkish "etti" were cut); a clause that does not
 * end on its verb still loses a dangling stopword, and other languages keep the rule. */
START_TEST (test_verb_final)
{
  static const gchar *const verb_final_cases[][3] = {
    { "hindi", "सरकार ने बुधवार को शहर में नए अस्पताल की घोषणा की।",
      "सरकार ने बुधवार को शहर में नए अस्पताल की घोषणा की" },
    { "hindi", "पुलिस ने मंगलवार को तीन लोगों को गिरफ्तार किया।", "पुलिस ने मंगलवार को तीन लोगों को गिरफ्तार किया" },
    { "turkish", "Ulaştırma Bakanı dün sabah görevinden istifa etti.",
      "Ulaştırma Bakanı dün sabah görevinden istifa etti" },
    { "basque", "Udalak herenegun aurrekontu berria onartu du.",
      "Udalak herenegun aurrekontu berria onartu du" },
    /* a language whose verb comes second: a stopword at the end still dangles */
    { "german", "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den.", NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (verb_final_cases); i++)
    {
      g_autofree gchar *h = headline (verb_final_cases[i][0], verb_final_cases[i][1]);
      if (verb_final_cases[i][2] != NULL)
        ck_assert_str_eq (h, verb_final_cases[i][2]);
      else
        ck_assert_msg (!g_str_has_suffix (h, " den"), "%s", h);
    }
}
END_TEST

/* Each English rule is compiled on its first try, once per process (headline.c: rule_find): threads
 * that all start on texts calling for the same rules, each in its own order, give every headline as
 * one thread alone does (the cases' own). Check runs each test in a new process: no rule is compiled
 * before the threads start. */
#define LAZY_THREADS 4

static gpointer
lazy_run (gpointer data)
{
  guint thread = GPOINTER_TO_UINT (data);
  gchar **out = g_new0 (gchar *, G_N_ELEMENTS (cases) + 1);
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      guint i = (k + thread * 7) % G_N_ELEMENTS (cases);
      out[i] = headline ("english", cases[i].sentence);
    }
  return out;
}

START_TEST (test_rules_compiled_once_from_threads)
{
  GThread *threads[LAZY_THREADS];
  for (guint t = 0; t < LAZY_THREADS; t++)
    threads[t] = g_thread_new ("lazy", lazy_run, GUINT_TO_POINTER (t));
  for (guint t = 0; t < LAZY_THREADS; t++)
    {
      g_auto (GStrv) out = g_thread_join (threads[t]);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        ck_assert_msg (g_strcmp0 (out[i], cases[i].headline) == 0, "thread %u, case %u: %s", t, i, out[i]);
    }
}
END_TEST

START_TEST (test_degenerate)
{
  g_autofree gchar *empty = headline ("english", "");
  ck_assert_str_eq (empty, "");
  g_autofree gchar *stop = headline ("english", "and the of.");
  ck_assert_ptr_nonnull (stop);
  g_autofree gchar *long_word = g_strnfill (300, 'a');
  g_autofree gchar *word = headline ("english", long_word);
  ck_assert_uint_le (g_utf8_strlen (word, -1), 160);
}
END_TEST

/* The lexicon's classes of the first or last word of @text (punctuation trimmed, a token of
 * punctuation alone such as Gigaword's `` skipped; 0 for none). */
static guint
edge_word_tags (const gchar *text, gboolean last)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  guint first = 0;
  while (!last && first + 1 < n && (words[first][0] == '`' || g_str_equal (words[first], "''")))
    first++;
  if (n == 0)
    return 0;
  const gchar *w = words[last ? n - 1 : first];
  gsize a = 0, b = strlen (w);
  while (a < b && !g_ascii_isalnum (w[a]))
    a++;
  while (b > a && !g_ascii_isalnum (w[b - 1]))
    b--;
  return b > a ? precis_lexicon_english (w + a, b - a) : 0;
}

/* Whether @text ends on a particle right after a verb ("is over", "went up", "aren't around"):
 * the clause's own end, which a headline may keep. */
static gboolean
ends_on_verb_particle (const gchar *text)
{
  static const gchar *const particles[]
      = { "over", "up", "down", "out", "off", "in", "on", "around", "through", "along", NULL };
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  if (n < 2 || !g_strv_contains (particles, words[n - 1]))
    return FALSE;
  guint t = precis_lexicon_english (words[n - 2], strlen (words[n - 2]));
  return (t & (PRECIS_POS_AUX | PRECIS_POS_NONFINITE | PRECIS_POS_PAST | PRECIS_POS_THIRD | PRECIS_POS_VERB))
         && !(t & (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_MODAL));
}

/* Whether @headline's last two words end one of @sum's document sentences as written (its end
 * mark and closing quotes aside): a word there is the sentence's own end, such as a preposition
 * stranded after its verb ("what he was treated for"). */
static gboolean
ends_as_a_sentence (PrecisSummary *sum, const gchar *headline)
{
  const gchar *space = strrchr (headline, ' ');
  if (space == NULL)
    return FALSE;
  while (space > headline && space[-1] != ' ')
    space--;
  gsize n = strlen (space);
  for (guint k = 0; k < precis_summary_get_n_document_sentences (sum); k++)
    {
      const gchar *text = precis_summary_get_document_sentence (sum, k)->text;
      gsize len = strlen (text);
      while (len > 0 && strchr (".!?\"' ", text[len - 1]) != NULL)
        len--;
      if (len >= n && memcmp (text + len - n, space, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Classes a headline may not end with (an object pronoun such as "it" or "her" may). */
#define FUNCTION_TAGS                                                                                        \
  (PRECIS_POS_DET | PRECIS_POS_PREP | PRECIS_POS_CONJ | PRECIS_POS_SUBORD | PRECIS_POS_WH | PRECIS_POS_TO)

/* Issues #7 and #14: over every shared headline input (Gigaword's first sentences) and news
 * article, the generated headline is not empty, does not end with punctuation, a function word
 * or "said", is not cut at a word budget (at most 160 characters, the cut kept for pathological
 * sentences), and opens on a pronoun only when the document's first sentences all do. */
START_TEST (test_shared_headlines_read_as_headlines)
{
  const gchar *const files[] = { "headlines/gigaword_test1951.jsonl", "headlines/gigaword_valid4k.jsonl",
                                 test_news_sets[0], test_news_sets[1], test_news_sets[2] };
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
  PrecisSegmenter *seg = precis_segmenter_new (precis_language_lookup ("english"));
  guint n = 0, bad = 0;
  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr (GPtrArray) records = test_shared_records (files[f], "headlines read as headlines");
      if (records == NULL)
        {
          precis_segmenter_free (seg);
          return;
        }
      for (guint i = 0; i < records->len; i++)
        {
          g_autoptr (PrecisSummary) sum = precis_summarizer_run (
              s, json_object_get_string_member (records->pdata[i], "text"), -1, NULL);
          ck_assert_ptr_nonnull (sum);
          ck_assert (precis_summary_get_headline_source (sum) == PRECIS_HEADLINE_SOURCE_GENERATED);
          const gchar *h = precis_summary_get_headline (sum);
          guint n_sentences = precis_summary_get_n_document_sentences (sum);
          if (n_sentences == 0)
            continue;
          n++;
          gsize len = strlen (h);
          gboolean empty = len == 0;
          gboolean punct = !empty && strchr (",;:-", h[len - 1]) != NULL;
          gboolean dangles = !empty
                             && ((edge_word_tags (h, TRUE) & FUNCTION_TAGS) || g_str_has_suffix (h, " said")
                                 || g_str_has_suffix (h, " says"));
          gboolean pronoun = !empty && (edge_word_tags (h, FALSE) & PRECIS_POS_PRONOUN);
          gboolean all_pronoun = TRUE;
          for (guint k = 0, seen = 0; pronoun && k < n_sentences && seen < 3; k++)
            {
              const PrecisSentence *p = precis_summary_get_document_sentence (sum, k);
              if (p->furniture)
                continue;
              seen++;
              /* a "?" between letters is an apostrophe lost in conversion ("It?s"), as the
               * headline reads it */
              g_autofree gchar *text = g_strdup (p->text);
              for (gchar *q = strchr (text, '?'); q != NULL; q = strchr (q + 1, '?'))
                if (q > text && g_ascii_isalpha (q[-1]) && g_ascii_islower (q[1]))
                  *q = '\'';
              gsize w = strcspn (text, " ,");
              all_pronoun &= (edge_word_tags (text, FALSE) & PRECIS_POS_PRONOUN) != 0
                             || precis_segmenter_is_opener (seg, text, w);
            }
          pronoun &= !all_pronoun;
          if (len > 0 && (strchr ("\"'?)", h[len - 1]) != NULL || g_str_has_suffix (h, "\xE2\x80\x9D")))
            dangles = FALSE; /* a quotation or a question ends where it ends */
          if (ends_on_verb_particle (h))
            dangles = FALSE; /* "the talks are over" */
          if (dangles && ends_as_a_sentence (sum, h))
            dangles = FALSE; /* a preposition stranded where its sentence ends: "was treated for" */
          if (g_str_has_suffix (h, "ever before"))
            dangles = FALSE; /* "as never before", "than ever before": an adverb */
          if (strchr (h, '#') != NULL && strrchr (h, ' ') != NULL && strchr (strrchr (h, ' '), '#') != NULL)
            dangles = FALSE; /* Gigaword's masked digits: "split its stock #-for-#" */
          if (empty || punct || dangles || pronoun || g_utf8_strlen (h, -1) > 160)
            {
              bad++;
              fprintf (stderr, "not a headline: \"%s\"\n", h);
            }
        }
    }
  precis_segmenter_free (seg);
  fprintf (stderr, "headlines: %u, %u not reading as headlines\n", n, bad);
  ck_assert_uint_eq (bad, 0);
}
END_TEST

/* A document's headline: the title line by default, a complete clause from the dateline lede
 * (not the photo caption before it) when asked for one. */
START_TEST (test_title_and_generated)
{
  gsize len = 0;
  g_autofree gchar *text = test_read_data ("caption.txt", &len);
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  g_autoptr (PrecisSummary) a = precis_summarizer_run (s, text, (gssize)len, NULL);
  ck_assert_str_eq (precis_summary_get_headline (a), "Snow shuts mountain pass for a third day");
  ck_assert (precis_summary_get_headline_source (a) == PRECIS_HEADLINE_SOURCE_TITLE);

  precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
  g_autoptr (PrecisSummary) g = precis_summarizer_run (s, text, (gssize)len, NULL);
  ck_assert_str_eq (precis_summary_get_headline (g),
                    "Heavy snow kept Kaltbrunn mountain pass closed for third day");
  ck_assert (precis_summary_get_headline_source (g) == PRECIS_HEADLINE_SOURCE_GENERATED);
  ck_assert_str_eq (precis_summary_get_title (g), "Snow shuts mountain pass for a third day");

  /* A title from outside the text wins over the title line, white space collapsed. */
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_AUTO);
  g_autoptr (PrecisSummary) t
      = precis_summarizer_run_with_title (s, text, (gssize)len, "  Pass  closed\n again ", NULL);
  ck_assert_str_eq (precis_summary_get_headline (t), "Pass closed again");
  ck_assert_str_eq (precis_summary_get_title (t), "Pass closed again");

  /* Invalid UTF-8 in a title from outside is replaced, never copied into the output. */
  g_autoptr (PrecisSummary) bad
      = precis_summarizer_run_with_title (s, text, (gssize)len, "Pass \xff closed", NULL);
  ck_assert (g_utf8_validate (precis_summary_get_headline (bad), -1, NULL));

  /* auto passes over a one-word title; title mode takes it; no title: generated. */
  g_autoptr (PrecisSummary) one = precis_summarizer_run_with_title (s, text, (gssize)len, "Weather", NULL);
  ck_assert (precis_summary_get_headline_source (one) == PRECIS_HEADLINE_SOURCE_GENERATED);
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_TITLE);
  g_autoptr (PrecisSummary) one_t = precis_summarizer_run_with_title (s, text, (gssize)len, "Weather", NULL);
  ck_assert_str_eq (precis_summary_get_headline (one_t), "Weather");
  g_autoptr (PrecisSummary) none
      = precis_summarizer_run (s, "Heavy rain flooded the old town on Sunday.", -1, NULL);
  ck_assert_str_eq (precis_summary_get_headline (none), "Heavy rain flooded old town");
  ck_assert (precis_summary_get_headline_source (none) == PRECIS_HEADLINE_SOURCE_GENERATED);
  ck_assert_ptr_null (precis_summary_get_title (none));

  /* An e-mail's header block: its subject is the title, without "Subject:" and "Re:" (it was
   * the headline "Subject: Bridge vote tonight"); the header lines are not sentences. A block
   * without a subject, or a "Subject:" line that is a sentence of the body, is no title. */
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_AUTO);
  static const struct
  {
    const gchar *text, *title;
  } mails[] = {
    { "Subject: Bridge vote tonight\n\nHi all,\n\nThe council votes tonight on the bridge. Please come "
      "to the town hall.\n",
      "Bridge vote tonight" },
    { "From: Ann Example <ann@example.org>\nTo: residents@example.org\nSubject: RE: Fwd: Bridge vote "
      "tonight\nDate: Mon, 30 Nov 2026 09:12:00 +0000\n\nThe council votes tonight on the bridge. Please "
      "come to the town hall.\n",
      "Bridge vote tonight" },
    { "From: Ann Example\nTo: residents\n\nThe council votes tonight on the bridge. Please come to the "
      "town hall.\n",
      NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (mails); i++)
    {
      g_autoptr (PrecisSummary) m = precis_summarizer_run (s, mails[i].text, -1, NULL);
      ck_assert_str_eq (precis_summary_get_title (m) ? precis_summary_get_title (m) : "(none)",
                        mails[i].title ? mails[i].title : "(none)");
      for (guint k = 0; k < precis_summary_get_n_document_sentences (m); k++)
        ck_assert_msg (mails[i].title == NULL
                           || strchr (precis_summary_get_document_sentence (m, k)->text, '@') == NULL,
                       "%s", precis_summary_get_document_sentence (m, k)->text);
    }

  PrecisHeadlineMode mode;
  ck_assert (precis_headline_mode_from_name ("generated", &mode) && mode == PRECIS_HEADLINE_GENERATED);
  ck_assert (!precis_headline_mode_from_name ("best", &mode));
}
END_TEST

/* Issue #14's second judgement: one document per kind of failure the judges found (written for
 * this test, not taken from the data), with the headline precis must give. */
static const struct
{
  const gchar *kind;
  const gchar *text;
  const gchar *headline;
} failures[] = {
  /* session 20: "earlier this year" goes whole, not "this year" alone leaving "earlier" */
  { "earlier and its time phrase",
    "The village adopted a new flag earlier this year after a vote in the hall. Few people came.",
    "Village adopted new flag after vote in hall" },
  { "later and its day",
    "The bridge over the river will reopen to cars later today after repairs. Drivers are pleased.",
    "Bridge over river will reopen to cars after repairs" },
  /* session 28 (headline50): a day after "starting" or "beginning" is that word's object;
   * taking the day alone left the participle bare ("... in elections starting") */
  { "bare weekday after starting",
    "Bus fares in the city will rise by five percent starting Monday, the transport board said. "
    "Drivers were not asked.",
    "Bus fares in city will rise by five percent starting Monday" },
  { "on and its day after starting",
    "The council will close the old bridge to traffic for repairs starting on Monday, officials said. "
    "Boats may still pass.",
    "Council will close old bridge to traffic for repairs starting on Monday" },
  { "next week after beginning",
    "The festival runs for ten days beginning next week in the old town. Tickets are free.",
    "Festival runs for ten days beginning next week in old town" },
  /* an abbreviation's full stop at the end stays: a state's, a company's, initials */
  { "state abbreviation at the end",
    "The singer moved into a small ranch house outside Fresno, Calif. Her neighbours were surprised.",
    "Singer moved into small ranch house outside Fresno, Calif." },
  { "spaced initials at the end",
    "The school concert in the town hall starts at 7:30 p. m. The tickets are free.",
    "School concert in town hall starts at 7:30 p. m." },
  /* "and" between two bare nouns that a participle with "by" or "with" follows joins the nouns:
   * no second clause is cut off there */
  { "nouns joined before a participle",
    "The council loosened the protection of rare plant and animal species threatened with extinction. "
    "Campaigners were angry.",
    "Council loosened protection of rare plant and animal species threatened with extinction" },
  { "nouns joined before a participle and its agent",
    "The blast killed two of the men and women hurt by the first attack on the market. The market stays "
    "shut.",
    "Blast killed two of men and women hurt by first attack on market" },
  /* when none of the first five sentences stands alone (imperatives, the first person), a few
   * more are read for one that does */
  { "five imperatives, then the news",
    "Imagine a town without a bank. Picture the long queue at the post office. Think of the old people "
    "who pay in cash. Ask anyone in the high street. Remember the last branch? The county council will "
    "open a community bank in the old library.",
    "County council will open community bank in old library" },
  { "five sentences in the first person, then the news",
    "We walked into the old mill at dawn. I had never seen it so quiet. We stayed for an hour. You could "
    "hear the river below. We left at noon. The county council will turn the mill into a museum of "
    "farming.",
    "County council will turn mill into museum of farming" },
  /* session 21: two adjectives joined before their noun are one phrase, not a second clause */
  { "adjectives joined before their noun",
    "Northern states have witnessed several high and medium intensity tremors in the recent past. "
    "Scientists are worried.",
    "Northern states witnessed several high and medium intensity tremors in recent past" },
  /* "as well as" is cut before its first word, never after "as well" */
  { "as well as",
    "The National Gallery's new website picked up the prize for best learning as well as top factual site. "
    "The awards were held in London.",
    "National Gallery's new website picked up prize for best learning" },
  /* a quotation after a colon is kept whole or left out, and a participle of saying does not end
   * a headline */
  { "quotation after a participle of saying",
    "The union leader urged the two ministers to stop squabbling, declaring: \"For goodness sake, sometimes "
    "you have to rise above petulance and do your job.\" Nobody answered him.",
    "Union leader urged two ministers to stop squabbling" },
  { "quotation cut at its comma",
    "The union leader urged the two men to stop squabbling, declaring: \"For goodness sake, sometimes you "
    "have "
    "to rise above petulance and make sure that you do your job.\" Nobody answered him.",
    "Union leader urged two men to stop squabbling" },
  { "participle of saying before a long quotation",
    "The head teacher praised the pupils who raised money for the new library, adding: \"Without them, the "
    "shelves would still be empty and the doors shut.\" The library opens in May.",
    "Head teacher praised pupils who raised money for new library" },
  /* "fixed X as Y": the verb's second part is no adjunct to cut */
  { "fixed as a date",
    "The district court has also fixed March 12 as the next date of hearing for the land dispute. Both sides "
    "agreed.",
    "District court has also fixed March 12 as next date of hearing for land dispute" },
  /* a wh-word right after a verb and its "out" is the phrasal verb's object: no cut before it */
  { "wh-object of a phrasal verb",
    "To ease congestion, the phone companies are making their networks smarter, finding out who is using the "
    "bandwidth and for what. Prices may rise.",
    "Phone companies are making their networks smarter" },
  /* session 21 (headline29): a comma between two adjectives before their noun is the noun phrase's,
   * no clause's end: no cut there */
  { "adjectives listed before their noun",
    "For a decade, the story of the region's coal industry has been one of slow, grinding adjustment to "
    "cleaner "
    "power. This week, it became a story of crisis.",
    "Story of region's coal industry has been one of slow, grinding adjustment to cleaner power" },
  /* a "so" left last by a cut is the conjunction of the clause cut away: it goes */
  { "conjunction so left last",
    "The minister said she will change the parking rules so for two hours a day residents can park free of "
    "charge or use the bays, and pay nothing on top of their permits. Councils object.",
    "Minister said she will change parking rules" },
  /* an explainer's question heading that names nothing: the sentence after it is the news */
  { "question heading that names nothing",
    "What has happened? Ministers have agreed to close hundreds of rural post offices by the end of next "
    "year. Who will be affected? Anyone who uses them.",
    "Ministers have agreed to close hundreds of rural post offices" },
  /* session 22 (headline30): a preposition that ends the sentence as written is stranded after its
   * verb, its object before it: kept (before: "... what the drummer was being treated") */
  { "stranded preposition kept",
    "The manager would not say what the drummer was being treated for. The tour has been put off.",
    "Manager would not say what drummer was being treated for" },
  { "stranded particle after an -ing form kept",
    "The ranger could see that a bear was wandering through. Campers were told to stay inside.",
    "Ranger could see that bear was wandering through" },
  /* the neighbour: a preposition left last by a cut still goes */
  { "preposition at a cut still goes",
    "The council voted for a new bridge, which will be built by a firm from Leeds over three years. Work "
    "starts in May.",
    "Council voted for new bridge" },
  /* a quotation whose opening words went (a leading adjunct) keeps its opening mark (before: "Whole
   * barn was ablaze'") */
  { "quotation mark reopened",
    "\"Within a minute or two, the whole barn was ablaze,\" the fire chief said. Nobody was hurt.",
    "'Whole barn was ablaze'" },
  /* the neighbour: a quotation opened inside the headline keeps its marks as they are */
  { "quotation opened inside the headline",
    "The minister called the plan for the new runway 'a disaster'. The vote is on Monday.",
    "Minister called plan for new runway 'a disaster'" },
  /* a comma with a space inside a number ("$10, 000", as some wires write it) is the number's: no
   * cut there (before: "... and $10") */
  { "spaced thousands comma",
    "The jury recommended a prison term of two years and a $25, 000 fine on each count. Sentencing is in "
    "May.",
    "Jury recommended prison term of two years and $25, 000 fine on each count" },
  /* the neighbour: a year before its comma is no number's first digits */
  { "year before a comma and a number",
    "The mill closed its doors in 1998, 300 jobs were lost and the town has never recovered from the blow. "
    "The site is empty.",
    "Mill closed its doors in 1998, 300 jobs were lost" },
  /* a list's last item before "and" after clauses is the next clause's subject: no cut before the
   * "and" (before: "..., Jones") */
  { "list of clauses, subject before and",
    "Injured players have come back at the right moment, Smith cannot stop scoring, Jones and Brown have "
    "settled in, while the manager seems to have found his drive again. The club is top.",
    "Injured players have come back at right moment, Smith cannot stop scoring" },
  /* the neighbour: a list of adjectives in the predicate is no clause */
  { "adjectives listed in the predicate",
    "The new mayor is a funny, patient, hard-working servant of the town and she never misses a council "
    "meeting. Her term ends in May.",
    "New mayor is funny, patient, hard-working servant of town and she never misses council meeting" },
  /* a conjunct's subject with a relative clause set off by commas waits for its verb (before:
   * "... became clearer and plans in the city") */
  { "conjunct subject with a relative aside",
    "The scale of the flood in the valley became clearer and plans in the city, where nine people were "
    "hurt, got bigger. Aid arrived.",
    "Scale of flood in valley became clearer and plans in city, where nine people were hurt, got bigger" },
  /* a leading phrase whose list its comma parted runs on to the dash: the clause starts after it
   * (before: "Loud music and big crowds - festival was ...") */
  { "leading phrase's list runs on to a dash",
    "With bright lights, loud music and big crowds - the festival was a success for the city. It is on show.",
    "Festival was success for city" },
  /* the neighbour: a clause with its verb before the dash stays */
  { "leading phrase before a clause and a dash",
    "With the vote counted, the mayor thanked her staff and the volunteers - then she left the hall. The "
    "count took all night.",
    "Mayor thanked her staff and volunteers - then she left hall" },
  { "object in a place with a relative clause",
    "The mayor visited the valley and met families in the city, where nine people were hurt. Aid arrived.",
    "Mayor visited valley and met families in city" },
  /* session 22 (headline31): a named source's attribution stays, so that its claim does not read as
   * the paper's own (before: "Breach contained") */
  { "named source kept",
    "Messaging app Quillo said the breach, which exposed the numbers of two million users, had been "
    "contained. Users were told.",
    "Messaging app Quillo said breach had been contained" },
  /* the neighbour: an anonymous source still goes */
  { "anonymous source still goes",
    "The company said the breach, which exposed the numbers of two million users, had been contained. "
    "Users were told.",
    "Breach contained" },
  /* a named source kept leaves its claim too long: cut at the aside's comma (before: "Evening Courier
   * said Hartley, bothered by knee injury") or inside a quotation (before: "... said ferry was a
   * lifeline for the islands"), the claim goes without it */
  { "named source cut at a comma",
    "The Evening Courier said Hartley, bothered by a knee injury, did not want to coach full-time again. "
    "Nothing else was said.",
    "Hartley did not want to coach full-time again" },
  { "named source cut in a quotation",
    "Harbour Board chairman Tom Reed said the ferry was \"a lifeline for the islands that nobody could "
    "lose\". Nothing else was said.",
    "Ferry was \"a lifeline for the islands that nobody could lose\"" },
  /* the neighbour: the aside and the claim fit with the source, which stays */
  { "named source with its aside whole",
    "The Evening Courier said Hartley, bothered by a knee injury, would stay. Nothing else was said.",
    "Evening Courier said Hartley, bothered by knee injury, would stay" },
  /* a relative clause's tail that opens on an -ing word is the main clause's (before: "There has
   * been rush of orders for Kestrel") */
  { "participle after a relative clause",
    "There has been a rush of orders for the Kestrel, which seats four people, replacing the older Finch "
    "model. Nothing else was said.",
    "There has been rush of orders for Kestrel replacing older Finch model" },
  /* the neighbour: a verbless noun phrase after it still goes with the clause */
  { "noun phrase after a relative clause",
    "There has been a rush of orders for the Kestrel, which seats four people, the smallest plane of the "
    "range. Nothing else was said.",
    "There has been rush of orders for Kestrel" },
  /* "is" before an adjective in -ed and its noun is no passive's (before: "Sale to rival complicated
   * deal that ...") */
  { "adjective in -ed after is",
    "The sale of the mill to its rival is a complicated deal that has taken months of talks. Staff wait.",
    "Sale of mill to its rival is a complicated deal that has taken months of talks" },
  /* the neighbour: a passive still loses its auxiliary */
  { "passive keeps its headline form",
    "The driver was arrested on suspicion of theft after a chase through the town centre. Nobody was hurt.",
    "Driver arrested on suspicion of theft after chase through town centre" },
  /* a relative clause after the main verb whose closing comma has only a noun phrase after it
   * takes that phrase too (before: "Order issued by Jane Doe western suburbs") */
  { "relative clause's verbless tail",
    "No warnings were issued following the storm, which flooded dozens of homes in Kelso, the largest town "
    "of the valley. Roads are shut.",
    "No warnings issued following storm" },
  /* the neighbour: a subject's relative clause before the main verb stays as it went */
  { "relative clause before the main verb",
    "The storm, which flooded dozens of homes in Kelso, forced schools across the valley to close. Roads are "
    "shut.",
    "Storm forced schools across valley to close" },
  /* ... and an adjunct after the clause is the main clause's (not "separated from her husband") */
  { "adjunct after a relative clause",
    "The singer separated from her husband, who is also a singer, in 2010 after a long tour. Fans were sad.",
    "Singer separated from her husband in 2010 after long tour" },
  /* "so many ... that" keeps its "so" (before: "Many young people will be ...") */
  { "so many ... that",
    "In about five years, so many young people will be overweight that the army will be unable to recruit "
    "enough soldiers. That forecast comes from a general.",
    "So many young people will be overweight that army will be unable to recruit enough soldiers" },
  /* the neighbour: a connective "So" still goes */
  { "connective so goes",
    "So the council voted to close the library after a long debate about its costs. Readers are upset.",
    "Council voted to close library after long debate about its costs" },
  /* an opening curly mark left apart from its word (a bracket gone after it) opens the word (before:
   * "added: ‘ Tom Jones ...") */
  { "opening mark after a colon",
    "Manager Smith added: \xE2\x80\x98(Coaches) Tom Jones and Bill Brown have done a great job.\xE2\x80\x99 "
    "The "
    "club agreed.",
    "Manager Smith added: \xE2\x80\x98Tom Jones and Bill Brown have done great job.\xE2\x80\x99" },
  /* a participle that opens an aside between commas is no main verb: the verb after the aside is
   * (before: "Flooding around old harbour, located two miles east of city centre") */
  { "participle aside before the main verb",
    "The flooding around the old harbour, located two miles east of the centre, came after storms. The "
    "coast road is shut.",
    "Flooding around old harbour, located two miles east of centre, came after storms" },
  /* session 19: a dateline that is only a date and a dash ("Feb. 23, 2015 -- ") goes, as a wire's
   * place and agency do */
  { "date and dash dateline",
    "March 3, 2016 -- Hospital waiting times have risen for the fifth month in a row. Managers blame the "
    "winter.",
    "Hospital waiting times have risen for fifth month in row" },
  /* so does a page's time stamp run into the lede ("Released 2013-09-28 05:08:35 GMT A jury ...") */
  { "time stamp run into the lede",
    "Updated: Nov. 30, 2026 10:15 ET The council approved a plan to close the town centre to traffic. Shops "
    "are worried.",
    "Council approved plan to close town centre to traffic" },
  /* a leading subordinate clause's first comma may be its list's without a serial comma: the
   * clause ends after the list's last item */
  { "list without a serial comma in a leading clause",
    "Whether it is rain, snow or strong wind, the village postman has never missed a single delivery in "
    "thirty years of work.",
    "Village postman has never missed a single delivery" },
  /* session 27 (issue #14, headline43): a preposition's phrase may hold a list, its first comma
   * the list's, with a serial comma before an adverb too: the phrase ends after the last item */
  { "list in a leading preposition's phrase",
    "Through careful planning, hard work, and a little luck, the village team has won the county cup for "
    "the first time.",
    "Village team has won county cup for first time" },
  { "list with an adverb after its serial comma",
    "Through loud music, bright lights, and even scent, casinos are built from the ground up to keep "
    "players at the tables.",
    "Casinos built from ground up to keep players at tables" },
  /* ... and a participle's clause between commas after its noun: the phrase ends after it */
  { "participle's clause in a leading preposition's phrase",
    "From the roof of her family's 80-year-old bakery, facing the market square in the old town, owner "
    "Mary Kent has watched the high street change for decades, for better or worse.",
    "Owner Mary Kent watched high street change for decades" },
  /* an imperative lede tells the reader what to do: no headline while a later sentence gives one */
  { "imperative lede",
    "Take the bus into town and the journey costs less than a coffee. The council approved a plan to close "
    "the town centre to traffic.",
    "Council approved plan to close town centre to traffic" },
  { "imperative before a pronoun",
    "Remember when the old pier burned down? The town will rebuild the pier with money from the lottery.",
    "Town will rebuild pier with money from lottery" },
  /* session 19 (review21 #4): a verb that is also a noun before a determiner is a name when a
   * capitalised word or a finite verb follows ("Save the Children said ...") */
  { "name opening on a verb and a determiner",
    "Save the Children said on Friday that aid convoys had been blocked at the border for a week. The "
    "agency said 40,000 people were without food.",
    /* (a named source's attribution stays since headline31: named_source) */
    "Save the Children said that aid convoys had been blocked at border for a week" },
  { "programme named by a verb and a determiner",
    "Watch the birdie was the most popular show on the channel last year, the network said. The network "
    "approved a plan to close its studio in the city centre.",
    "Watch birdie was most popular show on channel" },
  /* session 19 (review22 #3): a name after the determiner is one only when a finite verb follows
   * it, and a past form right after the object is its participle: these are imperatives */
  { "imperative before a name",
    "Visit the British Museum's new exhibition of Roman coins before it closes. The decision follows months "
    "of talks between the two sides.",
    "Decision follows months of talks between two sides" },
  { "imperative before a participle",
    "Check the box marked yes if you want to vote by post. The decision follows months of talks between the "
    "two sides.",
    "Decision follows months of talks between two sides" },
  /* session 27 (issue #14, headline43): a verb that is also a noun is an imperative with an
   * adverb or a particle before its object, or a number after that adverb; a noun subject's
   * adverb before its verb is no object ("Fire quickly spread ...") */
  { "imperative with an adverb before a number",
    "Take roughly 5,000 football fans. The county will cut funding for rural bus routes next year.",
    "County will cut funding for rural bus routes" },
  { "imperative with a particle before its object",
    "Hand back the keys to the landlord in person. The county will cut funding for rural bus routes next "
    "year.",
    "County will cut funding for rural bus routes" },
  { "noun subject and an adverb",
    "Fire quickly spread through the old mill on the river. The county will cut funding for rural bus "
    "routes next year.",
    "Fire quickly spread through old mill on river" },
  /* session 26 (issue #14, pages): an imperative after a dateline is one too; a lede that speaks
   * to the reader ("if you're ...", "will tell you that you ...") gives way to a later sentence;
   * "you" as an object ("will let you borrow") is a statement's */
  { "imperative after a dateline",
    "March 3, 2021 -- Imagine living in a village where the buses stop running at six. The county will cut "
    "funding for rural bus routes next year.",
    "County will cut funding for rural bus routes" },
  { "aside to the reader",
    "Honestly, if you're buying a house this year, might as well check the flood maps first. Flood defences "
    "along the river will be raised by two metres.",
    "Flood defences along river will be raised by two metres" },
  { "reader as a clause's subject",
    "Any builder will tell you that you need a survey first. Flood defences along the river will be raised "
    "by "
    "two metres.",
    "Flood defences along river will be raised by two metres" },
  { "reader as an object",
    "Mortgage rates will let you borrow more this year. Flood defences along the river will be raised by two "
    "metres.",
    "Mortgage rates will let you borrow more" },
  { "reader in a compound",
    "Norland Mobile has launched a pay-as-you-go phone plan for students. The company said it would cost ten "
    "pounds a month.",
    "Norland Mobile launched pay-as-you-go phone plan for students" },
  { "reader's words quoted",
    "The minister said \"you will all pay less\" at the rally in Leeds. Flood defences along the river will "
    "be "
    "raised by two metres.",
    "Minister said \"you will all pay less\" at rally in Leeds" },
  /* session 18, ordinary prose (tryout19 #7): "so much X as Y" keeps its "as": the comparison's
   * second half is a complement, and without it the sentence says the reverse */
  { "so much ... as",
    "The town does not have a water shortage so much as a shortage of working pipes. Repairs will start "
    "in spring.",
    "Town does not have water shortage so much as shortage of working pipes" },
  /* an appositive after a comma goes whole, not cut before its preposition's phrase */
  { "appositive before its phrase",
    "Wages grew by less than expected in June, the first slowdown in two years. Officials gave no details.",
    "Wages grew by less than expected in June" },
  /* a structured abstract's section label, a letter's salutation, a list's number go */
  { "abstract label",
    "Objective: Poor sleep is common among night-shift nurses and harms their health. Methods: We "
    "surveyed 300 nurses.",
    "Poor sleep is common among night-shift nurses and harms their health" },
  /* session 27 (headline43): a page's summary label is one too */
  { "summary label",
    "Summary: Ann Lee looks at the risks and rewards of the council's new housing plan. The plan was "
    "approved on Monday.",
    "Ann Lee looks at risks and rewards of council's new housing plan" },
  { "salutation", "Madam, The closure of the town library will hurt children most. It should stay open.",
    "Closure of town library will hurt children most" },
  { "salutation before a possessive",
    "Sir, Your report on the closure of the town library understates the damage. It should stay open.",
    "Your report on closure of town library understates damage" },
  { "list number",
    "Minutes of the meeting\n\n1. The committee approved the new cycle lane on Mill Road.\n2. The budget was "
    "agreed.",
    "Committee approved new cycle lane on Mill Road" },
  /* a line ending on a comma (a greeting) and a request to the reader are no headline */
  { "greeting and request",
    "Hi all,\n\nAna, please send the figures by Friday. The board approved the budget for next year on "
    "Monday.",
    "Board approved budget" },
  /* a list's lines (a quantity, no end mark) and a one-word heading are no headline */
  { "list lines",
    "Easy bread\n\nThis quick loaf takes an hour to make.\n\nIngredients\n500g strong flour\n1 sachet "
    "yeast, dried\n",
    "This quick loaf takes an hour to make" },
  /* session 18, web pages: a sentence that is all one bracketed note to the reader is no headline */
  { "bracketed note alone",
    "(Update: this story was corrected to give the mayor's full title, because an earlier version was "
    "wrong.) "
    "The city council approved a new budget for its parks on Tuesday.",
    "City council approved new budget for its parks" },
  /* a later sentence ending on an object pronoun ("it", "them") points back at the one before */
  { "object pronoun at the end",
    "We all forget things now and then. And what happens during it? A team of researchers tracked how "
    "volunteers recalled lists of words.",
    "Team of researchers tracked how volunteers recalled lists of words" },
  /* an aside between dashes that ends a leading subordinate clause leaves the clause its comma */
  { "dash aside ends a subordinate clause",
    "While she rarely travels abroad \xE2\x80\x94 she has been to Paris only twice \xE2\x80\x94 Jones, a "
    "retired nurse, runs a small charity for refugees.",
    "Jones runs small charity for refugees" },
  /* a preposition's phrase alone is no clause, though its plural noun may be read as a verb */
  { "preposition's phrase alone",
    "I tried to install the new driver last week. On many levels. The vendor later posted a fix for the "
    "crash on its forum.",
    "Vendor later posted fix for crash on its forum" },
  /* a leading subordinate clause whose list has a serial comma ends after the list */
  { "serial comma in a leading clause",
    "If you struggle with clutter, impulse buys, and debt, here is a plan to take back control of your "
    "spending.",
    "Here is plan to take back control of your spending" },
  /* a later sentence of three words is an afterthought, not the news, while a later one fits */
  { "short later sentence",
    "We all forget things sometimes. Nobody knows why. A new study tracks how memories fade in older adults.",
    "New study tracks how memories fade in older adults" },
  /* a participle's clause opening the lede is an adjunct however long */
  { "long participle clause",
    "Addressing a weakness of its own and further upping the competitive tension between it and chief rival "
    "Boeing, Airbus intends to acquire engine maker Rolls Aero Systems in a $4.2 billion deal.",
    "Airbus intends to acquire engine maker Rolls Aero Systems" },
  /* session 17, fresh news (ECB+): a preposition's noun and its relative clause ("At a time when
   * ...", "On a day when ...") are an adjunct clause, however long: the main clause after its
   * comma is the headline */
  { "relative adjunct clause",
    "On a night when the home side hit the post three times and its goalkeeper saved two penalties in the "
    "second half, the visitors won the cup final with a late header. Fans stayed to applaud.",
    "Visitors won cup final with late header" },
  /* ... and when it cannot go (its main clause opens on a pronoun), its verb is no main verb: a
   * later complete sentence is the headline */
  { "relative adjunct clause kept",
    "At a time when the city's schools and education department are fighting a shortfall of more than 2.5 "
    "lakh teachers, it turns out that the army is the biggest single employer of graduates, hiring nearly "
    "half "
    "of them. A campaign group has asked for an inquiry.",
    "Campaign group asked for inquiry" },
  /* "took X by surprise" keeps its "by" phrase */
  { "took by surprise",
    "When the young unknown actor was named as the new lead on Saturday evening, it took most fans by "
    "surprise.",
    "When young unknown actor was named as new lead, it took most fans by surprise" },
  /* a page's time stamp run into the lede, or a blog's "posted in CATEGORY on DATE", is furniture:
   * the next sentence gives the headline */
  { "time stamp in the lede",
    "Bridge closed Story Created: Mar 3, 2015 at 7:12 AM EST A lorry struck the old rail bridge on "
    "Monday. Engineers have closed the bridge to all traffic until further notice.",
    "Engineers closed bridge to all traffic until further notice" },
  { "posted in a category",
    "On behalf of Ann Example, Esq. posted in Workplace Injuries on Monday, March 2, 2015. A warehouse "
    "worker was injured when a shelf collapsed in Leeds.",
    "Warehouse worker injured when shelf collapsed in Leeds" },
  /* an appositive of a name whose closing comma the source left out: the auxiliary after it opens
   * the main verb group, not the appositive's participle */
  { "appositive without its closing comma",
    "The Royal Playhouse, the old theatre made famous by a long-running musical about a miner has closed "
    "its doors. Staff were told on Friday.",
    "Royal Playhouse closed its doors" },
  /* a compound with hyphens before the comma of a list of adjectives waits for its noun */
  { "hyphened adjective before a list's comma",
    "Our columnist Ann Example reviews critics reviewing the studio's latest big-budget, lengthy musical "
    "about "
    "the moon landings.",
    "Our columnist Ann Example reviews critics reviewing studio's latest big-budget, lengthy musical about "
    "moon landings" },
  /* a reason's clause alone is no headline; a connective's subject keeps its place when an aside
   * that opens on a subordinator follows it; a team's name that opens on digits is no number */
  { "reason clause alone",
    "Not because the coach was ever secure in the job at the club. But the 49ers, while losing at home "
    "on Sunday, were never an embarrassment.",
    "49ers, while losing at home, were never embarrassment" },
  { "connective, subject, subordinate aside",
    "But the Lakers, while losing at home on Sunday, were never an embarrassment to the city.",
    "Lakers were never embarrassment to city" },
  { "team name opening on digits",
    "The 49ers, while losing at home when the kicker was injured, were never an embarrassment.",
    "49ers, while losing at home when kicker was injured, were never embarrassment" },
  /* session 16, fresh news (ECB+): a past form between an opening adverb in -ly and its noun is
   * no verb ("An allegedly intoxicated driver who ... has been charged") */
  { "adverb-participle-noun",
    "A badly injured climber who fell from a ridge and broke his leg was rescued by helicopter on Sunday. "
    "Rescuers praised his calm.",
    "Badly injured climber who fell from ridge and broke his leg rescued by helicopter" },
  /* a past verb of saying after a noun's participle phrase is the main verb */
  { "participle phrase then said",
    "The mother of a girl killed by a stray bullet on a city street last year said she heard a shot. The "
    "trial goes on.",
    "Mother of girl killed by stray bullet on city street said she heard shot" },
  /* no cut at the commas of a short aside right before its clause's verb */
  { "aside before the verb",
    "The club has signed a new striker from a rival club as its captain, Tom Hale, was ruled out for the "
    "season. The fee was not disclosed.",
    "Club signed new striker from rival club" },
  /* "goes" is a verb + -s */
  { "aside before goes",
    "The murder case is back in the news as the teenager accused of the stabbing, Sam Reed, goes to trial. "
    "Jurors were chosen on Monday.",
    "Murder case is back in news as teenager accused of stabbing, Sam Reed, goes to trial" },
  /* a noun's preposition that says what it is about stays ("a hold [on]", "a step [towards]") */
  { "hold on",
    "The champion stopped the challenger in the fourth round to keep his firm hold on the world heavyweight "
    "titles. The crowd booed.",
    "Champion stopped challenger in fourth round to keep his firm hold on world heavyweight titles" },
  { "step towards",
    "The ruling party has described the local elections held across the country last week as a step towards "
    "democracy in the former colony. Critics disagreed.",
    "Ruling party described local elections held across country as step towards democracy" },
  /* a curly apostrophe written with a space after it */
  { "spaced apostrophe",
    "The city\xE2\x80\x99 s mayor has opened a new bridge over the river. Traffic eased at once.",
    "City\xE2\x80\x99s mayor opened new bridge over river" },
  /* a participle and its preposition after a relative clause's object, then the main verb */
  { "participle inside a relative clause",
    "A climber who spent two nights stuck on a narrow ledge after his fall narrowly escaped death. Rescuers "
    "were amazed.",
    "Climber who spent two nights stuck on narrow ledge after his fall narrowly escaped death" },
  /* an aside that opens on "or" inside a noun phrase stays with the phrase's noun */
  { "or-aside inside a noun phrase",
    "The software maker has released an emergency patch to fix a \"zero-day\", or previously unknown, flaw "
    "in "
    "its web browser. Attacks had been reported.",
    "Software maker released emergency patch to fix \"zero-day\", or previously unknown, flaw in its web "
    "browser" },
  /* a past form before a bare noun opens the subject, not a participle's phrase */
  { "past form + noun subject",
    "Masked youths carrying sticks guard the gates of the old campus, keeping watch over the walls painted "
    "with slogans. Police stay away.",
    "Masked youths carrying sticks guard gates of old campus, keeping watch over walls painted with "
    "slogans" },
  /* a superlative in -est that the lexicon has as an adverb keeps its scope */
  { "superlative adverb in -est",
    "House prices in the north rose at the fastest rate in more than a decade last month, according to the "
    "bank. Buyers were surprised.",
    "House prices in north rose at fastest rate in more than a decade" },
  /* a time phrase before "after" or "before" opens an adjunct clause that may go whole */
  { "time phrase + after",
    "The Boston Red Sox have placed starting pitcher Jon Lester on the disabled list with a sore shoulder "
    "two "
    "days after their closer, Tom Hale, was ruled out for the season. The team is in second place.",
    "Boston Red Sox placed starting pitcher Jon Lester on disabled list with sore shoulder" },
  /* a list with a comma before its "and" is not cut inside */
  { "list with a serial comma",
    "The firm posted record profits last year, selling more phones, tablets, and laptops than any rival "
    "across "
    "Europe, according to the report. Shares rose.",
    "Firm posted record profits, selling more phones, tablets, and laptops than any rival across Europe" },
  /* no cut at a relative clause whose noun is the subject of a later verb */
  { "relative inside an object clause",
    "Farmers welcomed a ruling which found a company whose pipeline leaked into the river had broken the "
    "law. "
    "The firm will appeal.",
    "Farmers welcomed ruling which found company whose pipeline leaked into river had broken law" },
  /* a leading adjunct's place with its abbreviated state goes whole */
  { "place with its state",
    "After a long drive from Portland, Ore., late on Friday night, the band played a sold-out show at the "
    "old "
    "theatre. Fans sang along.",
    "Band played sold-out show at old theatre" },
  /* a closing quotation mark written after a space */
  { "spaced closing quote",
    "\"Winning this cup is a dream come true, \" the captain said after the final. The team will parade on "
    "Monday.",
    "'Winning this cup is dream come true'" },
  /* a subordinate clause with no main clause is no headline: the next sentence is taken */
  { "subordinate opener",
    "While the inquiry heard that the engineers had warned the owners twice about the rusting ramp that "
    "later gave way under a lorry in the harbour. The ferry company denied any fault on Monday.",
    "Ferry company denied any fault" },
  { "time phrase + subordinate",
    "Two days after the storm flooded the valley and cut the only road to the villages above the dam. "
    "Soldiers opened a temporary bridge for the stranded families.",
    "Soldiers opened temporary bridge for stranded families" },
  /* the second part a verb needs stays: "termed X as Y" */
  { "missing complement",
    "The opposition leader in the regional assembly termed the budget figures released by the treasury as a "
    "betrayal of working families. The minister rejected the charge.",
    "Opposition leader in regional assembly termed budget figures released by treasury as betrayal of "
    "working "
    "families" },
  /* a relative clause alone has no verb of its own: "Taxi driver who credited with ..." */
  { "relative clause only",
    "A taxi driver who was credited with stopping the robbery in the city centre. Police praised his "
    "courage.",
    "Police praised his courage" },
  { "possessive after a removed weekday",
    "investigators searched the wreckage of sunday 's fatal train crash for the data recorder .",
    "Investigators searched wreckage of sunday's fatal train crash for data recorder" },
  { "verbless lede",
    "The nurse who looked after the injured climbers on the mountain for three nights. The hospital has "
    "now given her a medal.",
    "Hospital has now given her medal" },
  /* lines that are no sentences: a live blog's time stamp, a transcript's label */
  { "time stamp", "2.38pm GMT. Rescue teams reached the last of the trapped miners shortly after dawn.",
    "Rescue teams reached last of trapped miners shortly after dawn" },
  { "wire label",
    "Remarks by the mayor at the opening of the new library. The mayor thanked the volunteers who raised "
    "the money.",
    "Mayor thanked volunteers who raised money" },
  /* a deletion that breaks the grammar: "couldn't colluded", "he touted to be" */
  { "auxiliary after a modal (a curly apostrophe lost in conversion)",
    "The campaign couldn?t have colluded with the rival party because its staff were too disorganised. "
    "Turnout was high.",
    "Campaign couldn't have colluded with rival party" },
  { "passive after a pronoun",
    "Fans say he was tipped to become the captain of the club within two seasons. He left after one season.",
    "Fans say he was tipped to become captain of club" },
  /* the verb after a participle's phrase is the main one ("National body designed to tackle ...") */
  { "participle after its noun",
    "A national panel appointed to tackle the shortage of teachers in rural schools should report by June, "
    "the minister said. Teachers welcomed the plan.",
    "National panel appointed to tackle shortage of teachers in rural schools should report by June" },
  /* a wire dateline glued to the lede */
  { "dateline",
    "Lisbon, Portugal (CNN)Firefighters have rescued a climber from a ledge on the coastal cliffs near the "
    "town. The man was unhurt.",
    "Firefighters rescued climber from ledge on coastal cliffs near town" },
  /* an object clause keeps its verb ("claimed the number of people ... passed") */
  { "object clause",
    "The charity claimed the number of families asking for food parcels at its centres doubled last winter. "
    "Ministers disputed the figures.",
    "Charity claimed number of families asking for food parcels at its centres doubled last winter" },
  /* cut: a focusing word without what it focuses on */
  { "focusing word",
    "Tap water is one of the cheapest sources of clean drinking water, especially in the cities. Bottled "
    "water "
    "costs far more.",
    "Tap water is one of cheapest sources of clean drinking water" },
  /* pronoun: the subject after a leading phrase */
  { "pronoun subject after a leading phrase",
    "In most cases, we have the tools to find the lost hikers quickly. The mountain rescue team searched the "
    "valley for ten hours.",
    "Mountain rescue team searched valley for ten hours" },
  /* cut: an adjective without its noun ("discovered rare") */
  { "adjective cut from its noun",
    "A ten-year-old boy has accidentally discovered a rare, mostly intact million-year-old skull of an "
    "ancient "
    "elephant relative near his home in the hills. Experts said it was a million years old.",
    "Ten-year-old boy has accidentally discovered rare, mostly intact million-year-old skull of ancient "
    "elephant "
    "relative" },
  /* Issue #14's third round (written for this test; each gives another headline on f0d5620) */
  /* a light noun keeps the relative clause that says which ("raised level") */
  { "light noun before its relative clause",
    "The city council has raised the level at which households pay the water levy to 200 pounds. "
    "Residents complained.",
    "City council raised level at which households pay water levy to 200 pounds" },
  /* a subject that opens on an -ing adjective is no participle clause ("Reports said here") */
  { "-ing adjective in the subject",
    "visiting swedish minister anna berg rejected any change to the fishing quota , reports said here on "
    "monday .",
    "Visiting swedish minister anna berg rejected any change to fishing quota" },
  { "-ing adjective before an aside",
    "Leading economists, including the former governor, have warned that the plan will fail. The bank "
    "disagreed.",
    "Leading economists warned that plan will fail" },
  /* an appositive over several commas, with a relative clause */
  { "appositive with a relative clause",
    "Emma Jackson, 28, a nurse who moved to the town last year, says her dream home turned into a "
    "nightmare. The council is investigating.",
    "Emma Jackson says her dream home turned into nightmare" },
  /* an embedded question's verb is not the main one ("how alcohol sold could") */
  { "embedded question",
    "Shops that ignore rules on how alcohol is sold could lose their licences under the new law. Owners "
    "objected.",
    "Shops that ignore rules on how alcohol is sold could lose their licences" },
  /* a degree phrase is no adjunct ("would take visitors") */
  { "degree phrase",
    "A win over third-placed Leeds would take the visitors at least four points clear at the top of the "
    "table. The coach was upbeat.",
    "Win over third-placed Leeds would take visitors at least four points clear at top of table" },
  /* a concession keeps what it concedes to ("may only be slow") */
  { "concession",
    "The humble snail may only be slow, but engineers are hoping to copy its slime to build climbing "
    "robots. Experts agree.",
    "Humble snail may only be slow, but engineers are hoping to copy its slime to build climbing robots" },
  /* "newly appointed" is no finite verb */
  { "participle after newly",
    "The newly appointed head of the museum, a noted historian, said she would open the archive to "
    "schools. Staff welcomed it.",
    "Newly appointed head of museum said she would open archive to schools" },
  /* a noun keeps the preposition that says what it is about ("trading on interest") */
  { "noun complement",
    "Hackers are cashing in on interest in the royal wedding to spread their fake messages. Experts warned.",
    "Hackers are cashing in on interest in royal wedding to spread their fake messages" },
  /* "both X and Y" is one phrase, not two clauses ("in both city vote"); since the twentieth round
   * it stays whole as the superlative's scope */
  { "both ... and",
    "The Greens are set for their best results in both the city vote and the regional polls, a spokesman has "
    "predicted.",
    "Greens are set for their best results in both city vote and regional polls" },
  /* a leading participle phrase with a participle of its own inside ("received by") */
  { "participle opener",
    "alarmed by hundreds of angry letters sent by parents and teachers , the council has closed the "
    "swimming pool for repairs .",
    "Council closed swimming pool for repairs" },
  /* "quoted ... as saying": the verb's complement across a subordinator */
  { "complement after a subordinator",
    "Officials in the northern province, a region close to the border, were quoted in local papers as saying "
    "the curfew would stay. Residents protested.",
    "Officials in northern province quoted in local papers as saying curfew would stay" },
  /* "between X and Y" stays whole ("close link between rise") */
  { "between ... and",
    "There is often a close link between a rise in ticket prices and falling attendance, but for the club "
    "the "
    "football comes first.",
    "There is often close link between rise in ticket prices and falling attendance" },
  /* pronoun: the subject pronoun before an adverb and its verb ("it finally took") */
  { "pronoun subject before an adverb",
    "In spring it finally took to the skies as two airlines tested it on long flights. Sales of the new "
    "engine "
    "doubled.",
    "Sales of new engine doubled" },
  /* an amount after "to" may end a headline, so a clause after it can go ("to £15 as it put") */
  { "amount after to",
    "The council has raised the charge at which drivers pay the congestion fee to \xC2\xA3"
    "15 as it put transport at the heart of its budget.",
    "Council raised charge at which drivers pay congestion fee to \xC2\xA3"
    "15" },
  /* an adjective opening the subject is no leading adjunct ("From all three courts of city , will be") */
  { "adjective opening the subject",
    "the judicial papers about the dispute , from all three courts of the city , will be published online .",
    "Judicial papers about dispute, from all three courts of city, will be published online" },
  /* a time phrase after "by early" stays ("by early") */
  { "by early next year", "the bakery chain will open a shop by early next year , a spokesman said .",
    "Bakery chain will open shop by early next year" },
  /* Fourth round: a predicate left with one word of content gives way to a longer cut */
  { "weak predicate",
    "The struggling regional airline Coastal Wings is in talks with the larger national carrier Skyway about "
    "a possible merger, staff were told on Monday.",
    "Struggling regional airline Coastal Wings is in talks with larger national carrier Skyway about "
    "possible "
    "merger" },
  { "weak predicate, object clause",
    "The county council said on Friday that it cannot take a position on the proposal to close the "
    "village library until the survey is done.",
    "County council said that it cannot take position on proposal to close village library" },
  { "free relative opener",
    "In what residents called another blow to the high street, the last bank branch in the town closed "
    "its doors for good on Saturday.",
    "Last bank branch in town closed its doors for good" },
  { "more than + time phrase + subordinate",
    "more than two years after the mill closed , the workers of the valley are still waiting for the "
    "promised retraining scheme .",
    "Workers of valley are still waiting for promised retraining scheme" },
  { "unclosed tokenised quote", "`` rising rents are bad news for young families in the city .",
    "Rising rents are bad news for young families in city" },
  { "tokenised apposition and attribution",
    "the city 's oldest bakery , a family firm founded in #### , has closed its doors after a long row over "
    "rent , its owner said tuesday .",
    "City's oldest bakery closed its doors after long row over rent" },
  { "time phrase after of",
    "the regional council has pencilled in the first half of next year for a vote on the new bus routes , a "
    "spokesman said .",
    "Regional council pencilled in first half of next year" },
  { "put X into",
    "Creditors of the struggling regional airline have said they will put the company into administration if "
    "its "
    "former owner fails to back a rescue.",
    "Creditors of struggling regional airline have said they will put company into administration" },
  { "verbless conjunct",
    "The audit report exposed wasteful and avoidable spending, and irregularities in the award of contracts "
    "worth millions of pounds by the housing department of the county council.",
    "Audit report exposed wasteful and avoidable spending" },
  { "tokenised hyphen", "the retailer 's shares fell after the wal - mart deal , traders said .",
    "Retailer's shares fell after wal-mart deal" },
  { "long attribution at the end",
    "the new coastal ferry link is already running at full capacity , an official in charge of the region 's "
    "transport programme announced wednesday morning .",
    "New coastal ferry link is already running at full capacity" },
  { "part of a phrase after a comma",
    "The famous old seaside pier will close, following a long dispute over the cost of repairs with the "
    "county "
    "council and its insurers.",
    /* "with" may open a complement ("repairs with ..."): the end runs on to the sentence's */
    "Famous old seaside pier will close, following long dispute over cost of repairs with county council and "
    "its insurers" },
  { "leading list dash", "- the new mayor will use her first budget to cut bus fares for pensioners.",
    "New mayor will use her first budget to cut bus fares" },
  /* Review of the fourth round: a verb of finding ends an attribution only after a source */
  { "passive finding verb",
    "A small plane crashed in the Alps on Tuesday, and no survivors were found. Rescue teams reached the "
    "wreck by helicopter.",
    "Small plane crashed in Alps, and no survivors were found" },
  { "passive finding verb after but",
    "Police searched the flat for six hours, but nothing was found. The owner was released without charge.",
    "Police searched flat for six hours, but nothing was found" },
  { "finding verb with an object",
    "The drug was tested on 400 patients at three hospitals, and the trial showed promise. Doctors hope to "
    "use it next year.",
    "Drug tested on 400 patients at three hospitals, and trial showed promise" },
  { "finding verb with an object, present",
    "The council approved the plan in June, and the vote shows broad support. Work starts in the spring.",
    "Council approved plan in June, and vote shows broad support" },
  /* '' glued to a figure is an inch mark, not a quote to balance */
  { "inch mark",
    "The company unveiled a new 27'' monitor with a \"retina\" screen at its annual show. It goes on "
    "sale next month.",
    "Company unveiled new 27'' monitor with \"retina\" screen at its annual show" },
  /* a name for object is not a weak predicate */
  { "name for object",
    "Apple is buying Beats, the headphone maker founded by Dr Dre and Jimmy Iovine, for three billion "
    "dollars. The deal is the largest in its history.",
    "Apple is buying Beats" },
  /* fifth round (session 7). Curly marks lost in conversion ("mayor?s", "?historic?") */
  { "question marks for apostrophes and quotes",
    "Growing anger over the mayor?s plan to close the ?historic? covered market brought thousands of "
    "traders onto the streets. The mayor has promised a review.",
    "Growing anger over mayor's plan to close \"historic\" covered market brought thousands of traders" },
  /* "a" that counts is no article: "passed million" */
  { "a counted 'a'",
    "The charity said the number of families asking it for food parcels passed a million last year. Its "
    "director called the figure shameful.",
    "Number of families asking it for food parcels passed a million" },
  /* a verb + -s before a dash and a subordinate clause is the main verb, not the clause's "are" */
  { "main verb before a subordinate clause",
    "A new smartphone app promises to cut household energy bills by a third - if customers are willing to "
    "share their meter readings with the supplier every week.",
    "New smartphone app promises to cut household energy bills by third" },
  /* the comma of an appositive does not end a leading "When ..." clause ("34, opened his ...") */
  { "appositive inside a leading clause",
    "When Tom Baker, 34, opened his bakery on the high street two years ago, he hoped to sell a hundred "
    "loaves each morning. The bakery now sells twice that number every day.",
    "Bakery now sells twice that number every day" },
  /* a live blog's run of time stamps counts as one candidate */
  { "run of time stamps",
    "10.02am GMT. 10:02. 9.55am GMT. 09:55. 9.40am GMT. 09:40. Ministers agreed a new budget for the "
    "health service after talks through the night.",
    "Ministers agreed new budget for health service after talks through night" },
  /* an interviewer's question and a speaker's label before a pronoun */
  { "interview labels",
    "Question: Do you think the new coach will change the team? Coach: I think the players have trained "
    "hard. The squad flew to Madrid for the final on Friday.",
    "Squad flew to Madrid for final" },
  /* a dateline with a bracket before the agency's */
  { "dateline with a bracket",
    "From Our Correspondent Springfield (US), Mar 3 (PTI) Farmers in the valley have harvested a record crop "
    "of apples this autumn, officials said.",
    "Farmers in valley harvested record crop of apples this autumn" },
  /* a phrasal verb's particle before its preposition is a lost point: the next cut is taken */
  { "particle before its preposition",
    "the mayor of the northern city came down heavily on hundreds of striking bus drivers who have stayed "
    "away from work since the start of march and left thousands of commuters stranded on the roads .",
    "Mayor of northern city came down heavily on hundreds of striking bus drivers" },
  /* nothing complete within the long budget: the main clause ends before its infinitive */
  { "looser end of the main clause",
    "delegates from thirty pacific island states assembled in the fijian capital to debate the contribution "
    "of the fishing industry to the rebuilding of the storm-battered economies of the smallest atolls .",
    "Delegates from thirty pacific island states assembled in fijian capital" },
  /* "X said" stays when the verb after "and" is the reporter's ("... and demanded an inquiry") */
  { "reporter's second verb",
    "The health minister today said the new hospital wing looked unsafe and demanded an inquiry into its "
    "construction. The wing opened in May.",
    "Health minister said new hospital wing looked unsafe and demanded inquiry into its construction" },
  /* "In what ..." opens an adjunct only when its clause has one verb group and ends at a comma */
  { "what-clause subject",
    "In what ways the reforms will change schools remains unclear to teachers and parents. The minister "
    "will publish the plans next week.",
    "In what ways reforms will change schools remains unclear to teachers and parents" },
  { "what-clause subject, passive",
    "In what way the money was spent is still not clear to the auditors. The charity has promised a full "
    "account.",
    "In what way money was spent is still not clear to auditors" },
  /* sixth round: an unsure end is run on to the next sure one. A comma inside a list (and the "and"
   * that closes it, "fans" read as a verb) ... */
  { "list cut between its items",
    "The veteran actor Ravi Menon has starred in many acclaimed Tamil, Malayalam, Kannada and Telugu films, "
    "and if he has one regret about his long career, it is that he never learned to dance.",
    "Veteran actor Ravi Menon starred in many acclaimed Tamil, Malayalam, Kannada and Telugu films" },
  { "list cut before its closing and",
    "The new national football stadium in the capital is sometimes called daring by critics, architects and "
    "fans alike. Work on the roof will take another year.",
    "New national football stadium in capital is sometimes called daring by critics, architects and fans "
    "alike" },
  /* a particle after its verb is the clause's own end, not a dangling preposition */
  { "particle after a copula",
    "The long dispute between the two neighbouring councils is over, according to a statement from the "
    "mayor. Both sides signed the deal.",
    "Long dispute between two neighbouring councils is over" },
  /* a plural noun after a preposition is no verb: the conjunct ", and from the looks of it" has none */
  { "verbless conjunct with a plural noun",
    "Home cooking is a lost art in Delhi, and from the looks of it, the latest to give up the stove is the "
    "mayor himself. He eats out daily.",
    "Home cooking is lost art in Delhi" },
  /* ... and a preposition that may open a complement ("signed a deal [with ...]") */
  { "verb's second complement",
    "The council leader signed a ten-year contract with a private firm to run the city's bus routes from "
    "next spring. Unions have threatened to strike.",
    "Council leader signed ten-year contract with private firm to run city's bus routes" },
  /* seventh round (session 9). A leading adjunct and an appositive of the subject after it both go
   * (before: the whole lede, "More than a year after storm hit valley, old mill, landmark for walkers,
   * is ...") */
  { "leading adjunct and appositive",
    "More than a year after the storm hit the valley, the old mill, a landmark for walkers, is still closed "
    "to visitors. Repairs will start in spring.",
    "Old mill is still closed to visitors" },
  /* docs/headlines.md's example: a time phrase and its preposition with no verb is as surely an
   * adjunct (tryout21 #5; before: "More than a year after storm, old mill, landmark for walkers, is
   * still closed") */
  { "time phrase and appositive",
    "More than a year after the storm, the old mill, a landmark for walkers, is still closed. It was the "
    "first such case.",
    "Old mill is still closed" },
  /* an -ing word with its complement opens a participle clause even with a participle inside (before:
   * "Reacting to rent rise imposed by landlord, tenant") */
  { "participle clause holding a participle",
    "Reacting to a rent rise imposed by the landlord, a tenant from the Elm Street flats painted and boarded "
    "up his front door on Monday, sending the council into a panic.",
    "Tenant from Elm Street flats painted and boarded up his front door" },
  /* "neither X nor Y" is one verb phrase, and "if" after a verb its object (before: "Pop singer Maria
   * Lopez has neither denied") */
  { "neither ... nor and an if-clause object",
    "Pop singer Maria Lopez has neither denied nor confirmed if she is recording a new album with Tom Reyes, "
    "the band's former drummer.",
    "Pop singer Maria Lopez has neither denied nor confirmed if she is recording new album with Tom Reyes" },
  /* the "that" after a verb of saying and an adjunct opens its object, not a relative clause: no
   * headline ends before it (before: "... J R Hardy alleged before Leeds High Court") */
  { "object clause after an adjunct",
    "Veteran cricketer and former England captain J R Hardy has alleged before the Leeds High Court that a "
    "sports firm was still using his name by projecting him as its brand ambassador despite the end of their "
    "agreement in 2012. The sports firm denies the claim.",
    "Sports firm denies claim" },
  /* a full stop glued to the next sentence ends the headline (before: "Two councillors joined Green
   * Party.Tom Reyes and his wife left Labour group") */
  { "glued full stop",
    "Two councillors have joined the Green Party (GP).Tom Reyes and his wife left the Labour group on "
    "Monday. The party now holds nine seats.",
    "Two councillors joined Green Party" },
  /* a relative clause after an age goes with the age (before: "Tom Reyes, 34 still keeps ...") */
  { "age and relative clause",
    "Tom Reyes, 34, who runs a bakery in the old town, still keeps his grandfather's recipes in a tin box.",
    "Tom Reyes still keeps his grandfather's recipes in tin box" },
  /* a "?" alone between two words, left by a lossy conversion for a dash, is one (before: "Singer was
   * opposite of pop idol ? wearing old coats and refusing every interview") */
  { "lossy dash",
    "The singer was the opposite of a pop idol ? wearing old coats and refusing every interview.",
    "Singer was opposite of pop idol" },
  /* a headline in the first person, or a question to the reader, gives way to the next sentence's
   * (before: "My daughter is bravest person I know", "How often have you waited ...?") */
  { "first-person quotation",
    "\"My daughter is the bravest person I know,\" said the mother of the girl. A nine-year-old girl pulled "
    "her brother from a frozen pond in Leeds on Sunday.",
    "Nine-year-old girl pulled her brother from frozen pond in Leeds" },
  { "question to the reader",
    "How often have you waited for hours to renew your passport? The passport office will open three new "
    "counters in Leeds next month.",
    "Passport office will open three new counters in Leeds" },
  /* two names joined by "and" before an object clause's verb are its subject, no place to cut
   * (before: "Former Wales captain Gareth Lloyd said fly-halves Tom Reyes") */
  { "names joined in an object clause",
    "Former Wales captain Gareth Lloyd on Friday said fly-halves Tom Reyes and Sam Colefield will be the "
    "team's key players in the cup final next month in Leeds.",
    "Former Wales captain Gareth Lloyd said fly-halves Tom Reyes and Sam Colefield will be team's key "
    "players" },
  /* a short quotation stays whole, and "dismissed X as" keeps its "as" (before: "Shadow chancellor
   * Anna Price dismissed the council's plan as spend now") */
  { "short quotation and its verb's as",
    "Shadow chancellor Anna Price has dismissed the council's plan as \"spend now, pay later\" "
    "budgeting.\n\nShe said the figures did not add up.",
    "Shadow chancellor Anna Price dismissed council's plan as \"spend now, pay later\" budgeting" },
  /* a verb of asking keeps the infinitive it asks for past an adjunct in its object (before: "City
   * council asked all residents living near the river") */
  { "asked X ... to",
    "The city council on Monday asked all residents living near the river for the next few days to "
    "stay indoors.\n\nThe river rose by two metres overnight.",
    "City council asked all residents living near river for next few days to stay indoors" },
  /* a leading connective's phrase ends at a comma, not at the comma inside a number (before: "000
   * registered traders in Capital are still to register") */
  { "number's comma after a connective",
    "But about 85,000 registered traders in the Capital are still to register.\n\nThe tax office "
    "said more would follow.",
    "About 85,000 registered traders in Capital are still to register" },
  /* one or two words after a comma that open on an adverb do not end a headline: the phrase they
   * open goes, or stays whole (before: "Rail company's new train won most votes in poll, jointly
   * run") */
  { "adverb after the last comma",
    "The rail company's new train won the most votes in a poll, jointly run by a rail firm and a "
    "newspaper.\n\nThe winning name will be painted on the train.",
    "Rail company's new train won most votes in poll" },
  /* "called on X to" asks as "asked X to" does: it keeps its infinitive past an adjunct in its
   * object (before: "Mayor called on residents living near river") */
  { "called on X ... to",
    "The mayor on Monday called on residents living near the river for the next few days to stay "
    "indoors.\n\nThe river rose by two metres overnight.",
    "Mayor called on residents living near river for next few days to stay indoors" },
  /* a relative clause ending on a list of names goes whole (before: "Songwriter Jo Marsh Cilla
   * Black and Hollies, has died in London aged 70") */
  { "relative clause with a list of names",
    "Songwriter Jo Marsh, who wrote songs for the Kinks, Cilla Black and the Hollies, has died in London "
    "aged 70.\n\nHer family said she had been ill for some time.",
    "Songwriter Jo Marsh died in London aged 70" },
  /* a later sentence that points back ("such a change") gives way to one that does not (before:
   * "Shopkeepers might not welcome such change to their street") */
  { "later sentence pointing back",
    "It was a long night for the town. Shopkeepers might not welcome such a change to their street. The "
    "council approved a plan to close the high street to cars.",
    "Council approved plan to close high street to cars" },
  /* a participle after its noun with its particle ("put aside by") is no main verb (before: "Most
   * of cash put aside by city") */
  { "participle with a particle",
    "Most of the cash put aside by the city to fix roads is going to people who do not need it.\n\nThe "
    "council said it would look at the figures.",
    "Most of cash put aside by city to fix roads is going to people who do not need it" },
  /* an appositive's noun is not left without its relative clause (before: "Shoppers in Wales spent
   * 2.5% more on clothes in March, rise") */
  { "appositive noun before its relative clause",
    "Shoppers in Wales spent 2.5% more on clothes in March, a rise which surprised most retail economists "
    "in the region, figures showed.\n\nThe retail group said the warm weather helped.",
    "Shoppers in Wales spent 2.5% more on clothes in March" },
  /* a second object clause opened by "and that" is cut away, and its modal is not taken for the
   * main verb (before: "Town
   * needs its own footbridge over railway line and that county council should pay for most of it") */
  { "second object clause after and that",
    "The mayor of Dunmore has said the town needs its own footbridge over the railway line and that the "
    "county council should pay for most of it.\n\nThe old bridge was closed in May.",
    "Town needs its own footbridge over railway line" },
  /* "a" that counts stays: "not a single", "an ounce" (before: "Not single bus ran ...", "$30
   * ounce") */
  { "article that counts",
    "Not a single bus ran in the city on Tuesday as drivers walked out over pay.\n\nThe union said talks "
    "would resume on Friday.",
    "Not a single bus ran in city as drivers walked out over pay" },
  { "price per unit",
    "Silver prices rose above $30 an ounce in London on Monday.\n\nDealers said demand was strong.",
    "Silver prices rose above $30 an ounce in London" },
  /* a participle's particle keeps its "by" (before: "Mayor defended leaflet put out") */
  { "participle with a particle and its agent",
    "The mayor has defended a leaflet put out by the Northfield and Westmoreland District Council of "
    "Independent Social Housing Associations and Tenant Rights Groups for residents of the three tower "
    "blocks beside the ring road.\n\nThe leaflet asked tenants to report damp to the council.",
    "Leaflet asked tenants to report damp to council" },
  /* a dash that a removed attribution left first goes too (before: "- any mayor would want ...") */
  { "dash left by an attribution",
    "As the council leader Jan Moss said - any mayor would want the new bridge over the river finished "
    "before the vote.\n\nThe club said more news would follow.",
    "Any mayor would want new bridge over river finished before vote" },
  /* "join", "appoint", "elect" X as Y keep their "as"; a degree adjective keeps its complement
   * (before: "Luggage maker Fleetway appointed India Test skipper Raj Mehra", "Ice hockey fans in city
   * are so hungry") */
  { "appointed X as",
    "Luggage maker Fleetway has appointed India Test skipper Raj Mehra as its brand ambassador, in a bid "
    "to reach younger travellers who buy their bags online.\n\nThe club said more news would follow.",
    "Luggage maker Fleetway appointed India Test skipper Raj Mehra as its brand ambassador" },
  { "so hungry for",
    "Ice hockey fans in the city are so hungry for tickets to the final that many queued overnight "
    "outside the arena in the snow.\n\nThe club said more news would follow.",
    "Ice hockey fans in city are so hungry for tickets to final that many queued overnight outside arena" },
  /* a weekday after "the first" is a noun, not a time word to drop (before: "Parade drew its biggest
   * crowd for first of summer festival in Leeds") */
  { "weekday as a noun",
    "The parade drew its biggest crowd for the first Sunday of the summer festival in Leeds.\n\nThe club "
    "said more news would follow.",
    "Parade drew its biggest crowd for first Sunday of summer festival" },
  /* "the" between two capitalised words is part of a name (before: "Stage show Jack Giant Killer has
   * broken box office record") */
  { "article inside a name",
    "The stage show Jack the Giant Killer has broken the box office record at the Grand Theatre in "
    "Leeds.\n\nThe club said more news would follow.",
    "Stage show Jack the Giant Killer has broken box office record" },
  /* a past form after "being" is a participle, not the main verb (before: "Smart meters being
   * fitted in homes across Wales") */
  { "participle after being",
    "Smart meters being fitted in homes across Wales and Scotland have a serious security flaw, "
    "researchers said.\n\nThe firm said it would look at the report.",
    "Smart meters being fitted in homes across Wales and Scotland have serious security flaw" },
  /* a subject's relative clause goes when nothing else fits (before: "Teacher who went missing for
   * more than three weeks after being accused of leaking county's secondary school exam papers to his
   * pupils said that police") */
  { "relative clause in a long subject",
    "A teacher who went missing for more than three weeks after being accused of leaking the county's "
    "secondary school exam papers to his pupils said on Monday that the police had released him without "
    "charge.",
    "Teacher said that police had released him without charge" },
  /* a later clause's verb of saying keeps its object clause (before: "... just days after port
   * authority claimed ship") */
  { "object clause of a later verb of saying",
    "The ferry company cancelled the crossing, raising anger the day after the port authority claimed a "
    "ship from the rival line damaged the pier.",
    "Ferry company cancelled crossing, raising anger day after port authority claimed ship from "
    "rival line damaged pier" },
  /* a measure is not left without its "from" (before: "Coach hailed Reyes for his match-winning
   * header four minutes") */
  { "measure before from",
    "The coach hailed Reyes for his match-winning header four minutes from time and also the home crowd "
    "for sticking by the side after it had fallen a goal behind at the interval.\n\nThe club said more "
    "news would follow.",
    "Coach hailed Reyes" },
  /* "keep X in" keeps its "in" (before: "Mother and son from Leeds in UK accused of keeping
   * 15-year-old boy"); a second "in" after it is an adjunct that may go (session 13: the "in" of
   * "keep" is the one right after its short object) */
  { "keeping X in",
    "A mother and son from Leeds in the UK are accused of keeping a 15-year-old boy in their cellar in "
    "chains.\n\nPolice said they would appear in court.",
    "Mother and son from Leeds in UK accused of keeping 15-year-old boy in their cellar" },
  /* a leading phrase before an inverted clause stays (before: "Comes another plan for town centre
   * backed by mayor") */
  { "inverted clause",
    "Amid the row over parking in the old market town of Dunmore, comes another plan for the town centre "
    "backed by the mayor.\n\nThe council will vote on the plan for a new cinema next week.",
    "Amid row over parking in old market town of Dunmore, comes another plan for town centre backed by "
    "mayor" },
  /* "But" and a subject with its appositive: the subject stays, the appositive goes, also before an
   * adverb and for a one-word name that is a verb too (before: "Admits club will have to sell players
   * next summer") */
  { "connective before the subject",
    "But Hunt, speaking to reporters in Leeds, also admits the club will have to sell players next "
    "summer.\n\nThe club said more news would follow.",
    "Hunt also admits club will have to sell players next summer" },
  /* a verb's base form in -ed ("seed") is no past form of another verb ("see") (before: "Has been
   * flooded after river burst its banks in night") */
  { "base form read as a past",
    "But the town's Seed Bank, housed in an old chapel, has been flooded after the river burst its banks "
    "in the night.\n\nThe club said more news would follow.",
    "Town's Seed Bank flooded after river burst its banks in night" },
  /* a participle opener with two participles or adjectives joined ("tanned but tired") is no
   * subject (before: "Looking tanned but tired during his holiday away from capital") */
  { "participle opener with a joined participle",
    "looking tanned but tired during his holiday away from the capital , the prime minister on sunday "
    "thanked the rescue teams for their work .",
    "Prime minister thanked rescue teams for their work" },
  /* "a lot" at the end keeps its article (before: "Prices for flats in city centre have risen lot") */
  { "article that counts at the end",
    "Prices for flats in the city centre have risen a lot.\n\nAgents said demand was strong.",
    "Prices for flats in city centre have risen a lot" },
  /* a Xinhua dateline goes, its dash glued to the next word too (before: "May ## -- china will ...",
   * "Tehran, may ## -iran will ...") */
  { "xinhua dateline",
    "beijing , may ## -lrb- xinhua -rrb- -- china will open three new airports in the west next year , "
    "officials said .",
    "China will open three new airports in west" },
  { "xinhua dateline, glued dash",
    "tehran , may ## -lrb- xinhua -rrb- -iran will open three new airports in the west next year , "
    "officials said .",
    "Iran will open three new airports in west" },
  /* a wire's "undated" for a place goes (before: "Undated : the city council ...") */
  { "undated dateline",
    "undated : the city council of a small town voted on monday to close its last public library .",
    "City council of small town voted to close its last public library" },
  /* a dateline with a known agency's tag whose place opens on a function word (before: "Coruna,
   * spain _ city council ...") */
  { "agency dateline opening on a function word",
    "a coruna , spain -lrb- ap -rrb- _ the city council of a small town voted on monday to close its last "
    "public library .",
    "City council of small town voted to close its last public library" },
  /* a dateline stays before a pronoun subject, which the headline does without */
  { "xinhua dateline before a pronoun",
    "beijing , nov. ## -lrb- xinhua -rrb- -- he said the two countries would keep talking about trade next "
    "year .",
    "Two countries would keep talking about trade" },
  /* a shouted first word before a capitalised one, written so elsewhere in the document (before:
   * "SAN Marco officials ...", "ONE Australian and one ..."); an acronym written only in capitals,
   * and "WHO" though "who" is a word, stay */
  { "shouted place before a capitalised word",
    "SAN Marco officials closed the old bridge over the river on Monday. The bridge in San Marco was built "
    "in 1920.",
    "San Marco officials closed old bridge over river" },
  { "shouted number before a capitalised word",
    "ONE Australian and one British climber died on the mountain on Monday.",
    "One Australian and one British climber died on mountain" },
  { "acronym before a capitalised word",
    "NASA Administrator Jim Hale opened the new training centre on Monday. NASA said the centre cost $2m.",
    "NASA Administrator Jim Hale opened new training centre" },
  { "acronym that is a wh-word before a capitalised word",
    "WHO Director Anna Berg opened a new office in Geneva on Monday, which the staff who moved there liked.",
    "WHO Director Anna Berg opened new office in Geneva" },
  /* an acronym the document also writes as an open-class word stays in capitals (a review, session
   * 28: "Ice Director") */
  { "acronym that is also a word",
    "ICE Director Tom Hale said the arrests would rise on Monday. The ice on the roads was thick.",
    "ICE Director Tom Hale said arrests would rise" },
  /* a sentence the segmenter split after an abbreviation is one for the headline (before: ", has
   * opened free clinic ...", "Hadi is") */
  { "split after a state's abbreviation",
    "dr. jane doe of fort collins , colo. , has opened a free clinic for farm workers in the town .",
    "Dr. jane doe of fort collins opened free clinic for farm workers" },
  { "split after no.", "hadi is no. ## on the city police 's list of the most-wanted figures .",
    "Hadi is no. ## on city police's list of most-wanted figures" },
  /* a participle's phrase before ", who" is the subject of the relative clause, not an adjunct
   * (before: "Who have lost three games in a row, sacked their coach") */
  { "participle opener before a relative clause",
    "Struggling champions Leeds, who have lost three games in a row, sacked their coach on Monday.",
    "Struggling champions Leeds sacked their coach" },
  /* nor a preposition's phrase (before: "Which closed last year, workers moved to new site") */
  { "prepositional opener before a relative clause",
    "After the fire at the old mill, which closed last year, the workers moved to a new site on Monday.",
    "After fire at old mill workers moved to new site" },
  /* nor a connective's subject (before: "Who was hired, also admits club ...") */
  { "connective and subject before a relative clause",
    "But Hunt, who was hired last year, also admits the club will have to sell players next summer.",
    "Hunt also admits club will have to sell players next summer" },
  /* Twelfth round. The shortest complete prefix, when nothing fits the short budget, runs on past
   * an unsure end too (before: "... to stuff genie of their bitter rivalry back") */
  { "unsure shortest end",
    "The prime minister and his chancellor are desperately trying to stuff the genie of their bitter rivalry "
    "back into the bottle.",
    "Prime minister and his chancellor are desperately trying to stuff genie of their bitter rivalry back "
    "into "
    "bottle" },
  /* no adjunct cut inside a list's item (before: "... on airport safety, plans") */
  { "cut inside a list item",
    "Local officials used the near miss to renew the debate on airport safety, plans for a new runway and a "
    "curfew at the airport.",
    "Local officials used near miss to renew debate on airport safety, plans for new runway and curfew" },
  /* two nouns joined by "and" are one subject of the clause after "after" (before: "... in city after its
   * director") */
  { "subordinate clause with a joined subject",
    "A film on the poet will not be shown in the city after its director and producer Anil Rao refused to "
    "cut "
    "two scenes.",
    "Film on poet will not be shown in city" },
  /* the passive keeps its auxiliary after a subject with a participle phrase (before: "Hotline launched to
   * hear complaints of nurses flooded with prank calls") */
  { "passive after a participle subject",
    "A hotline launched to hear the complaints of nurses has been flooded with prank calls from abroad.",
    "Hotline launched to hear complaints of nurses has been flooded with prank calls" },
  /* "such ... that": the result clause is no relative clause to cut (before: "... has grown to such
   * extent") */
  { "result clause after such",
    "What started as a row on social media has grown to such an extent that the managers of the two singers "
    "have now hired lawyers to settle the quarrel in court. The two singers will meet in court next month.",
    "Two singers will meet in court" },
  /* a comparison keeps its second part (before: "Commuters in city again wasted more time", "... will be
   * published as early", "... as never") */
  { "comparative before than",
    "Commuters in the city again wasted more time in stalled traffic than drivers did anywhere else in the "
    "country, a study found.",
    "Commuters in city again wasted more time in stalled traffic than drivers did anywhere else" },
  { "as early as",
    "The findings of the inquiry into the fire will be published as early as Sunday, officials said.",
    "Findings of inquiry into fire will be published as early as Sunday" },
  { "as never before", "Small shops are selling online as never before, the trade minister says.",
    "Small shops are selling online as never before" },
  /* an ordinal's noun waits for its infinitive (before: "... to become first player") */
  { "first player to",
    "The Chinese champion is poised to become the first player in the tournament's history to win three "
    "titles "
    "in a row.",
    "Chinese champion is poised to become first player in tournament's history to win three titles" },
  /* a plural of a noun that takes an infinitive keeps it (before: "... gathered to discuss ways") */
  { "ways to",
    "a group of over ### traders and officials from both sides of the border gathered today to discuss ways "
    "to "
    "develop trade and cooperation .",
    "Group of over ### traders and officials from both sides of border gathered to discuss ways to develop "
    "trade and cooperation" },
  /* a plural's possessive in tokenised text (before: "Miners ' union ...") */
  { "tokenised plural possessive",
    "the miners ' union called a strike over the pit closures , officials said .",
    "Miners' union called strike over pit closures" },
  /* a hyphen split off in lower-cased tokenised text without a sure sign (before: "high - level") */
  { "tokenised hyphen, lower case",
    "faced with a growing scandal , the president has opened a high - level inquiry into the affair .",
    "President opened high-level inquiry into affair" },
  /* a wire's "here" before the verb's object goes (before: "signed here agreement") */
  { "here before the object",
    "egypt and australia signed here on tuesday an agreement on trade cooperation .",
    "Egypt and australia signed agreement on trade cooperation" },
  /* a verb of telling keeps its that-clause after the listener; too long, the next sentence (before: "...,
   * council told High Court") */
  { "listener then that",
    "In a hearing on its plan to close three rural schools in the north of the county, the council yesterday "
    "told the High Court that the pupils affected would be offered places in the town. The council is not "
    "acting in haste.",
    "Council is not acting in haste" },
  /* thirteenth round: a comparison's "any" + noun keeps its scope (before: "... than at any point") */
  { "comparison scope",
    "The veteran striker admitted to feeling fitter now than at any point in his long career with the club. "
    "He "
    "will sign a new contract next week.",
    "Veteran striker admitted to feeling fitter now than at any point in his long career with club" },
  /* an aside the time words emptied leaves no commas (before: "City council,, approved ...") */
  { "empty aside",
    "The city council, on Wednesday, approved a new budget for the public libraries of the northern "
    "district. "
    "Officials welcomed the vote.",
    "City council approved new budget for public libraries of northern district" },
  /* a noun that says what its subject is keeps its "as" (before: "... to shed its reputation") */
  { "noun's as",
    "The small mountain town has spent decades trying to shed its reputation as the car theft capital of the "
    "region. Crime fell last year.",
    "Small mountain town has spent decades trying to shed its reputation as car theft capital of region" },
  /* a past form between "most" and a noun is an adjective, not the main verb (before: "One of most
   * admired teachers in district") */
  { "degree adjective",
    "One of the most admired teachers in the district, Mrs Patel still runs the school choir every week. The "
    "choir sang at the festival.",
    "One of most admired teachers in district, Mrs Patel still runs school choir every week" },
  /* a participle's aside between commas is no main verb: the modal after it is (before: "Jewels ...,
   * forgotten by tourist"; the sentence, then too long, gives way to the next) */
  { "participle aside",
    "The jewels and bank notes in the old leather bag worth 8,000 pounds, forgotten by a tourist in a taxi, "
    "could have paid for a new home for the young driver. The driver returned the bag.",
    "Driver returned bag" },
  /* a person's pronoun left after an opening "X has revealed that" keeps the speaker it points at
   * (before: "Contract for his move to club is yet to be signed") */
  { "speaker kept for its pronoun",
    "The team's new manager Tom Reed has revealed that the contract for his move to the club is yet to be "
    "signed.\n\nThe club's owners will meet the league on Friday to discuss the transfer budget.",
    "Team's new manager Tom Reed revealed that contract for his move to club is yet to be signed" },
  /* a determiner standing for its noun points back like a pronoun (before: "Some are fighting for title
   * and some for survival") */
  { "determiner for a pronoun",
    "With two rounds to play, it is a tense time for several clubs. Some are fighting for the title and some "
    "for survival. The league's weekly guide takes readers through every club's chances in the final weeks.",
    "League's weekly guide takes readers through every club's chances in final weeks" },
  /* a weekday before "night's" is the possessive's, not a time word (before: "... will both start
   * night's cup match with Leeds") */
  { "weekday before a possessive",
    "Coach Ann Lee has confirmed that veteran players Sam Cole and Joe Hart will both start Friday night's "
    "cup match with Leeds at home.",
    "Coach Ann Lee confirmed that veteran players Sam Cole and Joe Hart will both start Friday night's cup "
    "match" },
  /* a demonstrative's two words after the last comma do not end a headline (before: "Another storm seems
   * to have struck coast of island, this time") */
  { "demonstrative after the last comma",
    "A day after floods hit the south of the island, another storm seems to have struck the coast of the "
    "island, this time in the north.\n\nTwo villages were cut off.",
    "Another storm seems to have struck coast of island" },
  /* a number after a possessive waits for its noun (before: "... bid teary farewell to Leeds after their
   * four") */
  { "number after a possessive",
    "Moved by the help of the doctors and nurses of a city hospital, Irish couple Sean Byrne and Mary Byrne "
    "bid a teary farewell to Leeds after their four and a half months old son Liam recovered from a complex "
    "heart operation.\n\nThe couple will fly home on Tuesday.",
    "Couple will fly home" },
  /* a later sentence's person pronoun with nothing before it to name the person points back (before:
   * "Nine of twelve counts were capital charges, meaning he is eligible for longest sentence") */
  { "later sentence's unnamed person",
    "It was a long day in court for everyone. Nine of the twelve counts were capital charges, meaning he is "
    "eligible for the longest sentence. The trial moves to its sentencing phase next week, where the judge "
    "will hear from the families of the victims.",
    "Trial moves to its sentencing phase" },
  /* session 14 (a new user's untitled texts; sentences written for the test): the attribution's
   * clause is no headline, nor is its remnant ("..., new figures show" gave "New figures show") */
  /* a noun "show" is no verb of showing; "say" is one of saying */
  { "show as a noun",
    "The presenter quit her job at the station, which hosts the breakfast show, after a row over pay "
    "with managers. She left.",
    "Presenter quit her job at station after row over pay with managers" },
  { "say between commas",
    "Inflation will keep rising, analysts say, as energy costs climb across the region. Prices rose.",
    "Inflation will keep rising" },
  /* a bare weekday after "on" stays when "on Monday" cannot go (before: "Council met on") */
  { "weekday after on", "The council met on Monday. It approved the budget for next year.",
    "Council met on Monday" },
  { "finding verb in the plural",
    "Almost a quarter of older workers still rent their homes, new figures show. The share has grown "
    "since 2015. Rents are blamed.",
    "Almost a quarter of older workers still rent their homes" },
  /* before: "..., report by inspectors warned" */
  { "warned at the end",
    "Most of the region's schools are short of teachers, a report by the inspectors warned on Thursday. "
    "The report said classes had grown. Ministers promised more money.",
    "Most of region's schools are short of teachers" },
  /* before: "..., trade figures published show" */
  { "figures published show",
    "Sales of heat pumps doubled last year, trade figures published on Friday show. Gas boilers fell. Oil "
    "sales halved.",
    "Sales of heat pumps doubled" },
  /* before: "..., researchers said, raising fears" */
  { "said before a participle",
    "Sea ice fell to a record low last winter, researchers said, raising fears for polar bears. The data "
    "came from buoys. The Arctic was warmer.",
    "Sea ice fell to record low last winter" },
  /* before: "..., police" */
  { "said before an adjunct",
    "A bridge collapsed on a busy motorway and injured four drivers, the police said, in the third such "
    "accident this year. The road was closed.",
    "Bridge collapsed on busy motorway and injured four drivers" },
  /* before: "... near Turin early on after ..." */
  { "early on a weekday",
    "A bus overturned near Turin early on Monday after its brakes failed. Nobody was hurt. The driver was "
    "praised.",
    "Bus overturned near Turin after its brakes failed" },
  /* a passive of a verb of saying is no attribution (before the passive guard: "Results of
   * election, for which ... had voted") */
  { "passive declared",
    "The results of the council election, for which almost every voter had turned out on Monday, will be "
    "declared tomorrow. Counting starts at nine.",
    "Results of council election will be declared tomorrow" },
  /* a base form after an adverb or a place is the lede's verb: the lede is complete (before:
   * the next sentence, "Survey based on replies from members", "Polls open at 7 a.m") */
  { "adverb before a base form",
    "More than half of all pensioners now spend over four hours a day online, a charity said on Tuesday. "
    "The charity was based in London. It was long.",
    "More than half of all pensioners now spend over four hours a day online" },
  /* "a third of" keeps its article (before: "Nearly third of ...") */
  { "a third of",
    "Nearly a third of young doctors still live with their parents, a union survey said on Monday. The "
    "survey was based on replies from members. It was long.",
    "Nearly a third of young doctors still live with their parents" },
  { "place before a base form",
    "Farmers in Wales face a new tax on fertiliser from next spring. Polls open at 7 a.m. Counting starts "
    "on Saturday.",
    "Farmers in Wales face new tax on fertiliser from next spring" },
  /* "not only" waits for its "but also" (before: "... has not only closed old library on high
   * street") */
  { "not only without but",
    "The county council has not only closed the old library on the high street but also sold the "
    "building to a developer. Readers protested outside.",
    "County council has not only closed old library on high street but also sold building to developer" },
  /* a single quotation mark whose closing mark was cut off goes (before: "... documentary 'Frames") */
  { "quotation cut open",
    "The veteran film director's long life and his early career in the theatre has been extensively "
    "covered in the upcoming documentary 'Frames - A Life in Cinema'. It opens in May.",
    "Veteran film director's long life and his early career in theatre has been extensively covered in "
    "upcoming documentary Frames" },
  /* "he" or "she" after a leading clause whose subject is a name points at it (before: the next
   * sentence, "Critics agreed") */
  { "pronoun after a named subordinate clause",
    "When Maria Lopez joined the orchestra as a teenager, she was hailed as the most gifted violinist of "
    "her generation in the country. Critics agreed.",
    "When Maria Lopez joined orchestra as teenager, she was hailed as most gifted violinist of her "
    "generation" },
  /* a long leading subordinate clause goes before a main clause of its own (before: the next
   * sentence, "Parents queued") */
  { "long subordinate clause",
    "A day after the regional health authority confirmed a second outbreak of measles at two primary "
    "schools in the northern district, local doctors opened three walk-in vaccination clinics for "
    "children. Parents queued.",
    "Local doctors opened three walk-in vaccination clinics for children" },
  /* a quantifier before a noun opens the subject, not an adverbial phrase (before: "Brilliantly
   * gilded with chorus") */
  { "quantifier subject",
    "All sorts of historical currents play off each other in this timeless song, brilliantly gilded with "
    "the chorus, which starts as a hymn. Fans cheered.",
    "All sorts of historical currents play off each other in this timeless song, brilliantly gilded with "
    "chorus" },
  /* "the fact" waits for its "that" clause (before: "... such dangerous forward is fact") */
  { "the fact before that",
    "Coach Tom Reid feels that what makes the young striker such a dangerous forward is the fact that he "
    "never stops running at the defenders in the box. The striker scored twice on Saturday.",
    "Striker scored twice" },
  /* ... but a long leading clause that names the person the main clause's pronoun points at stays
   * (a guard against this round's first form of the rule: "Posts from his manager's account ...") */
  { "long subordinate clause naming the person",
    "Hours after the rock singer Tom Avery was found unconscious in his London home by a cleaner early on "
    "Sunday morning, posts from his manager's account claimed that he had been ill for weeks. The posts were "
    "later deleted.",
    "Posts were later deleted" },
  /* a comparison after a comma goes whole or stays whole (before: "... to June, down") */
  { "comparison after a comma",
    "Sales of new cars in the region fell by 3.1% in the three months to June, down from 4.5% a year "
    "earlier, the trade body said on Tuesday.",
    "Sales of new cars in region fell by 3.1% in three months to June, down from 4.5% a year earlier" },
  /* a past participle after a phrase's noun keeps its complement or goes with the phrase (before:
   * "..., down from record high reached") */
  { "participle at the end",
    "Copper prices slipped more than 2% on Wednesday, down from a record high reached last month, as "
    "fears over Chinese demand grew. Miners cut output.",
    "Copper prices slipped more than 2%" },
  /* "action" keeps "on X", its complement (before: "... to demand action") */
  { "action on",
    "Hundreds of farmers drove their tractors into the capital on Monday to demand action on rising fuel "
    "costs. Police closed two roads.",
    "Hundreds of farmers drove their tractors into capital to demand action on rising fuel costs" },
  /* "went ahead as planned" says nothing new: the news after the comma stays (before: "Village fete
   * went ahead as planned") */
  { "as planned",
    "Despite the strong winds, the village fete went ahead as planned on Saturday, with the local brass band "
    "playing for three hours. Crowds filled the green.",
    "Village fete went ahead as planned, with local brass band playing for three hours" },
  /* a complement the verb or noun cannot do without: "combine X [with Y]", "get her hands [on X]",
   * "flew all the way [from X]" (before: "... managed to quickly combine visit", "... will finally
   * get her hands", "Stray dog flew all way") */
  { "combine with",
    "The prime minister likes to keep a full diary and Tuesday was no different as the prime minister "
    "managed "
    "to quickly combine a visit with factory workers during the morning and a state banquet at the palace in "
    "the evening. The banquet raised money for a children's hospital.",
    "Banquet raised money for children's hospital" },
  { "hands on",
    "Star sprinter Maria Lopez will finally get her hands on the 2012 indoor championships silver medal "
    "originally denied her by a rival later banned for doping at a special ceremony in Madrid next month. "
    "The "
    "ruling came on Friday.",
    "Ruling came on Friday" },
  { "all the way from",
    "A stray dog flew all the way from Bangkok to London in the hold of a cargo plane last week, officials "
    "said. Its owners were delighted.",
    "Stray dog flew all way from Bangkok to London in hold of cargo plane" },
  /* a superlative's scope: "lowest level [in more than a decade]" (before: "... plunged to their
   * lowest level") */
  { "superlative in",
    "Shares in the country's largest carmaker plunged to their lowest level in more than a decade on Monday "
    "after the company warned of a sharp drop in profits. Analysts were surprised.",
    "Shares in country's largest carmaker plunged to their lowest level in more than a decade" },
  /* an adjective that only ends like a superlative has no scope to keep (before: "... dishonest
   * answer in parliament about cost of new rail line to north") */
  { "no superlative",
    "The minister gave a dishonest answer in parliament about the cost of the new rail line to the north, "
    "critics said on Tuesday. More text follows here.",
    "Minister gave dishonest answer" },
  /* a "not only" that nothing pairs blocks no cut (before: the whole clause, "... on high street in
   * town centre") */
  { "not only unpaired",
    "The council has not only closed the popular library on the high street in the town centre. Readers "
    "were angry.",
    "Council has not only closed popular library on high street" },
  /* a capitalised preposition inside a name is no cut (before: "... won 8km race at Run") */
  { "preposition inside a name",
    "Olympic champion Anna Berg won the 8km race at the Run From Coast To Castle in Aberdeen on Sunday. The "
    "Swede led from the start.",
    "Olympic champion Anna Berg won 8km race" },
  /* numbers joined by "and" are one phrase (before: "Regulator ordered mobile operators to cut 3G") */
  { "numbers joined",
    "The regulator ordered mobile operators to cut 3G and 4G data speeds in the entire border region to 2G "
    "immediately, officials said on Monday. The order lasts a week.",
    "Regulator ordered mobile operators to cut 3G and 4G data speeds in entire border region to 2G "
    "immediately" },
  /* issue #14, twenty-first round (sentences written for the test) */
  /* a later sentence whose subject is "the" and a bare noun points back ("The decision ...") and
   * gives way to one that names what it speaks of (before: "Decision forced owners to pay ...") */
  { "subject pointing back",
    "It was a long day in court. The decision has forced the owners to pay for repairs to the wall. "
    "Residents welcomed the ruling at a meeting in the town hall.",
    "Residents welcomed ruling at meeting in town hall" },
  /* ... but still beats a sentence in the first person (this round's guard, passes on main too) */
  { "pointing back before first person",
    "It was a long day in court. My family has never seen anything like it. The decision has forced the "
    "owners to pay for repairs to the wall.",
    "Decision forced owners to pay for repairs to wall" },
  /* a later sentence with "these" + a noun points back too (before: "Police are tracing movement of
   * these men through station cameras") */
  { "these men",
    "It was a long day. Police are tracing the movement of these men through the station cameras. "
    "Three young men were seen using their phones on the train.",
    "Three young men seen using their phones on train" },
  /* a question mark that stood for the next quotation's opening mark, glued after the stop (before:
   * "... on beaches.?") */
  { "lost quote mark after the stop",
    "It was a busy week for the island. The minister said police had booked a few cases against "
    "tourists caught drinking on beaches.?We will amend the act,? he said.",
    "Police booked a few cases against tourists caught drinking on beaches" },
  /* a question mark that stood for a dash where the sentence was then ended (before: "... new
   * metro corridors ?") */
  { "lost dash at the end",
    "Life-size artworks and glossy walls will be featured at the stations of the city's new metro "
    "corridors ? Pink Line and Magenta Line.",
    "Life-size artworks and glossy walls will be featured at stations of city's new metro corridors" },
  /* ... and for a plural's apostrophe (before: "users? mobile phone numbers") */
  { "lost plural apostrophe",
    "The company declined the government?s request to link all accounts with the users? mobile phone "
    "numbers, a report said.",
    "Company declined government's request to link all accounts with users' mobile phone numbers" },
  /* session 27, headline42: a "?" for an apostrophe after a bracket is a possessive's (before:
   * "Harbour Ferry and Transports plan to buy 40 new boats", "plan" read as the verb) */
  { "lost apostrophe after a bracket",
    "The Harbour Ferry and Transport (HFT)?s plan to buy 40 new boats, including 10 electric ones under "
    "the state?s clean water scheme, may run into a delay.",
    "Harbour Ferry and Transport's plan to buy 40 new boats may run into delay" },
  /* ... and a full stop glued to the next sentence after a word in capitals ends the headline there
   * (before: "... against 88.2 City FM.The two councillors") */
  { "glued full stop after capitals",
    "Two councillors on Monday asked the city to file a defamation suit against 88.2 City FM.The two "
    "councillors said the station had mocked the mayor.",
    "Two councillors asked city to file defamation suit against 88.2 City FM" },
  /* a subject's long relative clause, with a list and a second noun in it, goes before a
   * singular verb (before: "Ring that cheated traders, shopkeepers and farmers by posing as senior
   * officials of Treasury", cut before the verb, "posing as top ranked" read as its verb) */
  { "relative clause with a list before a singular verb",
    "A ring that cheated traders, shopkeepers and farmers by posing as top ranked officials of the "
    "Treasury and the Revenue Service (RS) was broken up by the city police on Monday.",
    "Ring broken up by city police" },
  /* ... and an -ing aside whose dash pair took its closing comma, after a subject with a compound
   * adjective (before: "Local squad of visually trained divers, returning to town after its best
   * ever season") */
  { "participle aside after the subject",
    "The local squad of hearing impaired swimmers, returning to the town after its best ever season "
    "at the national championships -- winning four medals, including a silver -- refused to leave the "
    "Central Bus Station in Northfield on Monday evening after finding that nobody had come to meet them.",
    "Local squad of hearing impaired swimmers refused to leave Central Bus Station" },
  /* "are said to" is a passive, not an attribution to drop; "till" is a preposition (before: "To
   * have migrated to new system till") */
  { "passive said to, till", "About 300 shops are said to have moved to the new tax system till last week.",
    "About 300 shops are said to have moved to new tax system" },
  /* a leading "one of" phrase before a subject that opens on a determiner is its appositive
   * (before: "One of busiest markets in east") */
  { "leading one of",
    "One of the busiest markets in the east, the Old Town bazaar sees thousands of shoppers from three "
    "states every week.",
    "Old Town bazaar sees thousands of shoppers from three states every week" },
  /* session 27: a leading noun's phrase with an article before a subject that opens on a name or
   * a determiner is its appositive (before: "Former banker, Smith has run ...") */
  { "leading indefinite appositive",
    "A former banker, Smith has run the charity since 2010 and plans to step down next year.",
    "Smith has run charity since 2010 and plans to step down" },
  { "leading appositive before a determiner",
    "The son of a miner, the new mayor of Leeds became the first in his family to go to university.",
    "New mayor of Leeds became first in his family to go to university" },
  /* ... not in a text in small letters throughout, where a name cannot be told */
  { "leading appositive in small letters kept",
    "the son of a miner, the new mayor became the first in his family to go to university.",
    "Son of miner, new mayor became first in his family to go to university" },
  /* ... but a list's first item is no appositive (not "Woman and child were killed ...") */
  { "leading list item kept",
    "A man, a woman and a child were killed when the old bridge collapsed on Monday.",
    "Man, woman and child killed when old bridge collapsed" },
  /* ... nor a clause whose verb is also a noun, before its second verb (not "Paint its rails ...") */
  { "leading clause with a noun-like verb kept",
    "A group of workers repair the old bridge by hand, paint its rails and leave before dawn each day.",
    "Group of workers repair old bridge by hand, paint its rails and leave before dawn each day" },
  /* session 28: ... nor a phrase that holds the only name before the verb (before: "Former
   * minister said ...", which does not say whose aide) */
  { "leading phrase with the only name kept",
    "A close aide of Sasikala, former minister said he would stay in Chennai for the talks.",
    "Close aide of Sasikala, former minister said he would stay in Chennai for talks" },
  /* ... nor a list's first item with more items after their commas (before: "All ministers, MPs,
   * ...") */
  { "leading list item before more commas kept",
    "The head of the council, all ministers, MPs, MLAs and other leaders will work as porters for two days.",
    "Head of council, all ministers, MPs, MLAs and other leaders will work as porters" },
  /* ... nor a count that opens such a list (before: "6 soldiers and police personnel injured ...") */
  { "leading count in a list kept",
    "24 pilgrims, 6 soldiers and police personnel were injured in stone pelting by a mob in Agra.",
    "24 pilgrims, 6 soldiers and police personnel injured in stone pelting by mob" },
  /* a name's aside between commas goes (before: "Last book to be written by late Irish poet Sean
   * Walsh", the aside read as the clause's verb, which the headline lost) */
  { "naming aside",
    "The last book to be written by the late Irish poet Sean Walsh, called Tides, has been published "
    "in Dublin.",
    "Last book to be written by late Irish poet Sean Walsh published in Dublin" },
  /* a naming participle before a person's name is no aside to drop (a review, session 28: "Police
   * arrested man in connection with attack") */
  { "naming participle before a name kept",
    "Police arrested a man, named John Smith, in connection with the attack on Friday.",
    "Police arrested man, named John Smith, in connection with attack" },
  /* the article after "quite" or "such" stays; a degree word stays with its "before" (before:
   * "... created quite stir much") */
  { "quite a, much before",
    "The singer's first London show has created quite a stir much before its actual date.",
    "Singer's first London show created quite a stir much before its actual date" },
  { "such a", "The team's manager said it had been such a difficult season that he would step down in May.",
    "Team's manager said it had been such a difficult season that he would step down" },
  /* "making it" waits for its complement (before: "... and making it") */
  { "making it",
    "UK retail sales fell in December, failing to meet expectations and making it by some counts the "
    "worst Christmas since 1981.",
    "UK retail sales fell in December, failing to meet expectations and making it by some counts worst "
    "Christmas" },
  /* a day joined to another stays (before: "... to use new park or Monday") */
  { "day joined by or",
    "The city council today asked residents to feel free to use the new park this Sunday or Monday.",
    "City council asked residents to feel free to use new park this Sunday or Monday" },
  /* session 27: a leading phrase's or clause's list that its first comma parted runs on to the
   * list's last comma (before: "Berlin and Rome, police arrested ...", "Bars and restaurants, young
   * people ...") */
  { "leading adverbial's list",
    "In Paris, Berlin and Rome, police arrested dozens of protesters after marches against the new "
    "pension law.",
    "Police arrested dozens of protesters after marches against new pension law" },
  { "leading purpose clause's list",
    "To get round the ban on pubs, bars and restaurants, young people in the city have started holding "
    "parties in parks.",
    "Young people in city started holding parties in parks" },
  { "leading adverbial's list with serial comma",
    "In London, Paris, Berlin, and Madrid, shoppers queued for hours outside stores to buy the new phone.",
    "Shoppers queued for hours outside stores to buy new phone" },
  /* ... not a compound subject before its appositive, nor one before an attribution */
  { "compound subject after an adverbial",
    "On Tuesday, Smith and Jones, the two party leaders, met to discuss the budget deal.",
    "Smith and Jones, two party leaders, met to discuss budget deal" },
  { "compound subject before an attribution",
    "In January, sales and profits, the firm said, fell sharply across its stores.",
    "Sales and profits fell sharply across its stores" },
  /* a subject's modifier does not go when too little is left (not "Device unveiled") */
  { "modifier kept when little is left",
    "A device that can not only record every step and heartbeat of a runner but also be used as "
    "reliable evidence of doping in court cases has been unveiled. Athletes have long asked for a "
    "fairer test.",
    "Athletes have long asked for fairer test" },
  /* "invitation" and "responsible" take "for" (before: "... air show with invitation", "... rebels
   * believed responsible") */
  { "invitation for",
    "The defence minister opened the country's biggest air show with an invitation for foreign aircraft "
    "makers to build factories in the south.",
    "Defence minister opened country's biggest air show with invitation for foreign aircraft makers to "
    "build factories" },
  { "responsible for",
    "The two governments say they will hunt down the rebels believed responsible for the bombing of the "
    "central market.",
    "Two governments say they will hunt down rebels believed responsible for bombing of central market" },
  /* a capital before another capital is a name's, no verb: the leading adjunct goes whole (before:
   * "In old United Front government") */
  { "name inside a leading adjunct",
    "The party chief said that in the old United Front government, nobody treated the finance minister "
    "as a real decision maker.",
    "Nobody treated finance minister as real decision maker" },
  /* what a noun's "that" opens keeps its verb, or goes whole (before: "... warning that fresh bid by
   * rebels to seize fertile northern valley") */
  { "content clause of a noun",
    "The rebel group in the northern hills dismissed the army's stern warning that a fresh bid by the "
    "rebels to seize the fertile northern valley near the border could end the ceasefire.",
    "Rebel group in northern hills dismissed army's stern warning" },
  /* a cleft keeps its "that" clause (before: "... played by famous actress") */
  { "cleft",
    "Maya Rao says it was the cheerful character of a young teacher played by a famous actress in an old "
    "film that attracted her to acting.",
    "Maya Rao says it was cheerful character of young teacher played by famous actress in old film that "
    "attracted her to acting" },
  /* an "and" between nouns stays inside a participle's phrase before the main verb (before: "Wars
   * launched by allies in north") */
  { "participle phrase with and",
    "Wars launched by the allies in the north and the south are slowing the recovery of the region, the "
    "minister said.",
    "Wars launched by allies in north and south are slowing recovery of region" },
  /* session 17, tryout18 #2: a lede on a past form written as its base form ("beat") is
   * complete (before: the filler second paragraph, "Club said it would appeal") */
  { "past form beat",
    "Riverside beat Hillport 3-1 to win the county cup at the Oval on Sunday.\n\nThe club said it "
    "would appeal against the red card.",
    "Riverside beat Hillport 3-1 to win county cup at Oval" },
  /* a gerund subject before its past form and object is no participle clause to drop (before:
   * "According to figures from Association of Insurers", incomplete, so the last sentence) */
  { "gerund subject",
    "Flooding cost the farming industry £300m last year, according to figures from the Association "
    "of Growers.\n\nThe figure is the highest on record.\n\nGrowers claimed on 4,000 farms.",
    "Flooding cost farming industry £300m" },
  /* an "It" that points ahead to its infinitive ("It cost ... to ...") does not point back */
  { "anticipatory it",
    "It cost the county £40m to rebuild the old bridge after the storm.\n\nThe council said it "
    "would appeal against the ruling.",
    "It cost county £40m to rebuild old bridge after storm" },
  /* tryout18 #5: a leading "every" or "each" + a time word is a time adverbial that goes, not a
   * subject whose appositive is the clause (before: "Every morning at six checks tide tables
   * ...": the subject and its first verb lost) */
  { "every morning",
    "Every morning at six, Sam Hale pulls on his coat, checks the tide tables and walks down to the "
    "boat. The ferry will close on Saturday after 70 years.",
    "Sam Hale pulls on his coat, checks tide tables and walks down to boat" },
  /* session 23 (headline33): a weekday after a possessive is its noun phrase's, not a time word
   * (before: "... Tom Bale's", a possessive left without its noun) */
  { "weekday after a possessive",
    "Meanwhile, bad luck and a late fumble spoilt the Hawks quarterback Tom Bale's Thursday night. Fans "
    "went home early.",
    "Bad luck and late fumble spoilt Hawks quarterback Tom Bale's Thursday night" },
  /* the neighbour: an agency's bare weekday still goes */
  { "bare weekday goes",
    "The council voted Tuesday to close the old library after a long debate. Readers are upset.",
    "Council voted to close old library after long debate" },
  /* two adjectives parted by a comma, the first also a noun, after an adjective: the noun phrase
   * goes on (before: "..., with additional small") */
  { "adjectives listed, the first also a noun",
    "Holes mark the position of the mask's eyes, nose and mouth, with additional small, round openings "
    "near the edges that could hold a cord. The mask is old.",
    "Holes mark position of mask's eyes, nose and mouth" },
  /* the neighbour: a noun after a preposition before its comma still ends a phrase ("at present,") */
  { "noun phrase at a comma",
    "The storm left the main road through the valley blocked at present, with repairs due to start in the "
    "spring. Farmers are angry.",
    "Storm left main road through valley blocked at present" },
  /* a subordinate clause after "and" or "that" is not left without its main clause (before: "... and
   * when he arrived to deliver it", "... that if it dams shared river upstream of border") */
  { "and when, its clause cut",
    "The clerk told the police that the buyer had ordered a bicycle worth 900 pounds and when he arrived "
    "to deliver it at the address, two men took him to an empty yard. The men fled.",
    "Clerk told police that buyer had ordered bicycle worth 900 pounds" },
  { "that if, its clause cut",
    "Portugal warned Spain that if it dams the shared river upstream of the border, it would take the case "
    "to court. Talks go on.",
    "Portugal warned Spain that if it dams shared river upstream of border, it would take case to court" },
  /* the neighbour: a condition after its main clause is an adjunct that may go */
  { "condition after its clause",
    "The coach said the team would travel to the final by train if the roads were closed by snow. Fans "
    "were told.",
    "Team would travel to final by train" },
  /* session 23, headline34: a verb's second complement is no adjunct to cut at the budget (before: "...
   * unable to throw any light", "... took their young children", "... local officers", "... have both set
   * their sights", "... at guard at least", "... to put game") */
  { "throw light onto, its complement",
    "The new coach said he was unable to throw any light onto the reasons that had caused the old manager to "
    "quit after only a few games. Fans were upset.",
    "New coach said he was unable to throw any light onto reasons" },
  { "take their children for, its complement",
    "The old cafes in the harbour quarter were busy, and couples took their young children for a walk along "
    "the sea wall. Shops stayed open.",
    "Old cafes in harbour quarter were busy, and couples took their young children for walk" },
  { "take officers on, its complement",
    "The masked thief had instead taken some three dozen local officers on a wild chase across the old town. "
    "Nobody was hurt.",
    "Masked thief had instead taken some three dozen local officers on wild chase" },
  { "back into, one phrase",
    "The masked thief had instead taken some three dozen local officers on a wild chase back into the old "
    "town. Nobody was hurt.",
    "Masked thief had instead taken some three dozen local officers on wild chase back into old town" },
  { "set their sights on, its complement",
    "Two young golfers from the island have both set their sights on the national amateur trophy after "
    "confirming their entries this week. Both are 17.",
    "Two young golfers from island have both set their sights on national amateur trophy" },
  { "at least once, no subordinator",
    "The man tried to break down the door before shooting at the guard at least once, according to "
    "witnesses. He fled.",
    "Man tried to break down door" },
  { "put the game beyond, its complement",
    "Jones himself scored the second when he met Paul Evans' cross at the back post to put the game beyond "
    "the visitors. Fans sang.",
    "Jones himself scored second when he met Paul Evans' cross at back post to put game beyond visitors" },
  { "put up beyond, its adjunct",
    "The town put up new signs beyond the old bridge last week. Drivers noticed.",
    "Town put up new signs beyond old bridge" },
  /* the neighbours: a singular object of "take" and "set" the noun keep their cuts; "once" with a
   * clause after it is a subordinator still */
  { "took place on, its adjunct cut",
    "The first meeting between the two new regional leaders of the party took place on Sunday in a small "
    "hotel near the lake. Talks went well.",
    "First meeting between two new regional leaders of party took place in small hotel near lake" },
  { "set of rules on, its adjunct cut",
    "The ministry announced a new set of rules on Tuesday for dealing with noisy passengers on long "
    "flights. Airlines welcomed them.",
    "Ministry announced new set of rules for dealing with noisy passengers" },
  { "once and its clause",
    "The team will reopen the stadium once the repairs to the roof are finished next spring. Fans are "
    "pleased.",
    "Team will reopen stadium once repairs to roof are finished next spring" },
  /* session 26 (headline38): a verb's preposition after its object is no adjunct to cut (before:
   * "... worm disguising itself", "... turned spotlight", "... tried to stop two drunken men", "...
   * congratulated newly elected president of republic", "... pulled knife", "... hurled racist abuse") */
  { "disguise X as, its complement",
    "Security researchers in three countries are warning about a new email worm disguising itself as a "
    "parcel notice from the postal service. Nobody has lost money yet.",
    "Security researchers in three countries are warning about new email worm disguising itself as parcel "
    "notice" },
  { "turn the spotlight on, its complement",
    "The decision to shut the rural bus routes has once more turned the spotlight on the council's shrinking "
    "budget for transport in the county. Fans were upset.",
    "Decision to shut rural bus routes has once more turned spotlight on council's shrinking budget" },
  { "stop X from, its complement",
    "The new security guards at the main gate tried to stop the two drunken men from fighting outside the "
    "bar. Police came.",
    "New security guards at main gate tried to stop two drunken men from fighting outside bar" },
  { "congratulate X on, its complement",
    "The foreign minister congratulated the newly elected president of the republic on his victory in the "
    "first round. Talks begin soon.",
    "Foreign minister congratulated newly elected president of republic on his victory" },
  { "pull a knife on, its complement",
    "A prisoner who was serving a life sentence for armed robbery in the north of the country pulled a knife "
    "on two guards during his transfer. He fled.",
    "Prisoner who was serving life sentence for armed robbery in north of country pulled knife on two "
    "guards" },
  { "hurl abuse at, its complement",
    "Two drunken fans of the visiting team from the coast hurled racist abuse at the home side's young "
    "goalkeeper. Both were banned.",
    "Two drunken fans of visiting team from coast hurled racist abuse at home side's young goalkeeper" },
  { "put X on hold, its complement past the object's infinitive",
    "The regional government of the northern province has put its controversial plan to build a second "
    "runway at the airport on hold after protests. Critics cheered.",
    "Regional government of northern province has put its controversial plan to build second runway at "
    "airport on hold" },
  /* ... a superlative keeps "on record", a comparison of equality its second part (before: "... most
   * expensive year", "... was not as big incident", "... would likely cost same") */
  { "most expensive year on record",
    "A run of floods, storms and heatwaves across the north has made 2020 the most expensive year on record "
    "for the insurers. Prices will rise.",
    "Run of floods, storms and heatwaves across north has made 2020 most expensive year on record" },
  { "as big an incident as",
    "The party leader insisted that the brawl outside the town hall on Friday night was not as big an "
    "incident as rivals claimed. He apologised.",
    "Party leader insisted that brawl outside town hall was not as big incident as rivals claimed" },
  { "the same as",
    "The finance minister of the island state told parliament that a second vote would likely cost the same "
    "as a general election. Members laughed.",
    "Finance minister of island state told parliament that second vote would likely cost same as general "
    "election" },
  /* ... and a capitalised day word inside the sentence is a name's, "the Mail on Sunday" a paper's (before:
   * "appeared on programme", "told Mail that") */
  { "the Today programme, a name",
    "The mayor appeared on the Today programme to defend the decision to close the harbour to the fishing "
    "boats for a month. Fishermen protested.",
    "Mayor appeared on Today programme to defend decision to close harbour to fishing boats for a month" },
  { "the Mail on Sunday, a name",
    "The former captain of the national rowing team told the Mail on Sunday that the new coach had lost the "
    "trust of all the crews. He denied it.",
    "Former captain of national rowing team told Mail on Sunday that new coach had lost trust of all crews" },
  /* the neighbours: a noun that is no verb of the list keeps its adjunct's cut, and "today" in small
   * letters goes */
  { "levels of abuse at, its adjunct cut",
    "Nurses in the northern hospitals endure shocking levels of abuse at the hands of patients, a new survey "
    "of "
    "staff across the region has found. Unions reacted.",
    "Nurses in northern hospitals endure shocking levels of abuse" },
  { "today in small letters",
    "The mayor today defended the decision to close the harbour to the fishing boats for a month. Fishermen "
    "protested.",
    "Mayor defended decision to close harbour to fishing boats for a month" },
  /* session 25 (headline36): a lower-cased wire's dateline goes as a capitalised one does (before:
   * "Lisbon -- port workers ...", "Lyon, france -- ...", "Oct. ## -- ...") */
  { "lower-case dateline, a dash",
    "lisbon -- port workers walked out on monday over a new shift pattern at the container terminal .",
    "Port workers walked out over new shift pattern at container terminal" },
  { "lower-case dateline, a region",
    "lyon , france -- a regional court ordered the closure of two chemical plants near the river .",
    "Regional court ordered closure of two chemical plants near river" },
  { "lower-case dateline, date and agency",
    "oslo , oct. ## -lrb- xinhua -rrb- -- norway 's central bank kept its key interest rate unchanged on "
    "thursday .",
    "Norway's central bank kept its key interest rate unchanged" },
  /* session 28 (headline50): a contraction's endings split off as " n't" is are joined again
   * (before: "We 're not going to close ...") */
  { "tokenised contraction",
    "`` we 're not going to close the old library , '' the mayor of the town said on thursday .",
    "We're not going to close old library" },
  { "tokenised contractions in a clause",
    "parents who 've waited for years say they 'll keep the school open on their own .",
    "Parents who've waited for years say they'll keep school open" },
  /* a subject and its aside between dashes is no dateline */
  { "lower-case subject before a dash pair",
    "cheap flights -- and the hotels that come with them -- have changed how young people travel .",
    "Cheap flights changed how young people travel" },
  /* Gigaword's unknown word ends no headline (before: "... for spring : UNK") */
  { "UNK after a colon", "winners of the regional poetry prize for spring : UNK",
    "Winners of regional poetry prize for spring" },
  { "UNK after a noun", "the mayor of the coastal town met visiting trade envoy UNK UNK , and his staff .",
    "Mayor of coastal town met visiting trade envoy" },
  /* but not where the last words need it (cut either way, and shorter without) */
  { "UNK after a possessive",
    "the city council voted on tuesday to sell the old library to the province 's UNK .",
    "City council voted to sell old library to province's UNK" },
  { "UNK as a first name", "UNK garcia recalls the long winter she spent on the island as a young teacher .",
    "Garcia recalls long winter she spent on island as young teacher" },
  /* a story's first words in capitals, as some papers set them (before: "SCOTTISH fisherman ...") */
  { "shouted article and word",
    "A SCOTTISH fisherman rescued three sailors from a sinking yacht off the coast. They are safe.",
    "Scottish fisherman rescued three sailors from sinking yacht off coast" },
  { "shouted compound",
    "A LONG-awaited bypass around the market town finally opened to traffic. Drivers cheered.",
    "Long-awaited bypass around market town finally opened to traffic" },
  { "acronym after A stays",
    "A UNHCR report has found that the number of families in the camp doubled in a year. Aid is short.",
    "UNHCR report has found that number of families in camp doubled in a year" },
  { "short acronym after A stays",
    "A CBS reporter was injured when a crowd broke through the barrier outside the stadium. He is well.",
    "CBS reporter injured when crowd broke through barrier outside stadium" },
  { "four-letter acronym after A stays",
    "A DRDO scientist was honoured on Monday for his work on coastal radar systems. He thanked his team.",
    "DRDO scientist honoured for his work on coastal radar systems" },
  /* session 28 (headline48), the pages' shapes. An explainer's heading asked with a statement's word
   * order loses its question mark (before: "Why memory monitoring is important?") and keeps its
   * passive's auxiliary (before: "How old harbour bridge built?"); a question keeps its mark. */
  { "explainer heading as a statement",
    "Why memory monitoring is important?\n\nI work at a small games studio in Lyon. We watch our servers "
    "closely.",
    "Why memory monitoring is important" },
  /* the rules cut the wh-word: what is left is no heading, and keeps its mark (a review, session 28) */
  { "question cut from its wh-word keeps its mark",
    "When the minister said the economy was growing? Figures show a decline.", "Economy was growing?" },
  { "explainer heading keeps its auxiliary",
    "How the old harbour bridge was built?\n\nI grew up in the town below it. We crossed it every day.",
    "How old harbour bridge was built" },
  { "inverted question keeps its mark",
    "What kind of tools does the team need?\n\nI work at a small games studio in Lyon. We watch our servers "
    "closely.",
    "What kind of tools does team need?" },
  /* a later sentence's comparison with no subject leans on the one before (before: "Worse than
   * installing old suite ever did, and old suite was awful") */
  { "comparison with no subject",
    "I hate this update. Worse than installing the old suite ever did, and the old suite was awful. The "
    "vendor has promised a fix next month.",
    "Vendor promised fix" },
  /* a leading clause stays before a possessive that points into it (before: "Doctors welcomed
   * study", the lede's headline having opened on "Their risk ...") */
  { "possessive after a leading clause",
    "When children eat peanuts early, their risk of allergy falls by more than 80 percent. Doctors "
    "welcomed the study.",
    "When children eat peanuts early, their risk of allergy falls by more than 80 percent" },
  /* a subordinate clause after "that" keeps its main clause (before: "Report found that as prices
   * rose sharply across region") */
  { "subordinate clause after that",
    "The report found that as prices rose sharply across the region, families were cutting back on "
    "heating and food. Charities warned of a hard winter.",
    "Report found that as prices rose sharply across region, families were cutting back" },
  /* a caption's participle is no finite verb (before: "Old harbour bridge, seen from north shore in
   * 2010") */
  { "caption's participle",
    "Bridge news\n\nThe old harbour bridge, seen from the north shore in 2010.\n\nThe city council voted "
    "on Tuesday to replace the old harbour bridge with a wider one. Work starts in spring.",
    "City council voted to replace old harbour bridge with wider one" },
  /* a page's heading, byline, label or credit is no headline (before: "Getting started", "2015 | 5
   * min read", "Topics: bridges", "Getty Images") */
  { "two-word heading",
    "Bridge news\n\nGetting started\n\nThe city council voted on Tuesday to replace the old harbour "
    "bridge with a wider one. Work starts in spring.",
    "City council voted to replace old harbour bridge with wider one" },
  { "byline of fields",
    "Bridge news\n\nBy Ann Lee | March 3, 2015 | 5 min read\n\nThe city council voted on Tuesday to "
    "replace the old harbour bridge with a wider one. Work starts in spring.",
    "City council voted to replace old harbour bridge with wider one" },
  { "topics label",
    "Bridge news\n\nTopics: bridges\n\nThe city council voted on Tuesday to replace the old harbour "
    "bridge with a wider one. Work starts in spring.",
    "City council voted to replace old harbour bridge with wider one" },
  { "first person over a credit",
    "Bridge news\n\nGetty Images\n\nI have lived near the harbour for years. We all knew the old bridge "
    "was failing.",
    "I have lived near harbour for years" },
  /* an editor's note on where the text was first published is furniture (before: the note) */
  { "note on first publication",
    "Bridge news\n\nEditor's note: This article was first published in 2014.\n\nThe city council voted "
    "on Tuesday to replace the old harbour bridge with a wider one. Work starts in spring.",
    "City council voted to replace old harbour bridge with wider one" },
  /* session 28: a capitalised "Who" inside a name opens no relative clause (before: the lede had no
   * main verb left, and the second sentence was the headline) */
  { "relative word inside a name",
    "The new Doctor Who has finally been named by the studio. Fans cheered loudly in the square outside.",
    "New Doctor Who has finally been named by studio" },
};

/* Outside English the relative clause between the subject and its verb goes whole: the headline is
 * never the subject and its relative clause with the main verb cut away (before: "El proyecto,
 * que costará tres millones de euros"). */
START_TEST (test_subject_relative_other_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } relatives[] = {
    { "spanish", "El proyecto, que costará tres millones de euros, creará doscientos empleos en la región.",
      "El proyecto creará doscientos empleos en la región" },
    { "french", "Le maire, qui a été réélu en mars, a annoncé la fermeture de la piscine municipale.",
      "Le maire a annoncé la fermeture de la piscine municipale" },
    /* no second comma: the clause's end is not known, nothing is dropped */
    { "spanish", "El alcalde, que fue reelegido en marzo.", "El alcalde, que fue reelegido en marzo" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (relatives); i++)
    {
      g_autofree gchar *h = headline (relatives[i].language, relatives[i].sentence);
      ck_assert_str_eq (h, relatives[i].headline);
    }
}
END_TEST

/* Outside English a headline is never an opening attribution or connective alone, nor a subject
 * and the name in apposition after it: the news after them is the headline (before: "Selon la
 * police", "По данным МЧС", "Le président de la République, Emmanuel Macron"); a short main
 * clause before a comma, a list and a connective with its subject stay. */
START_TEST (test_opening_phrase_other_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } openings[] = {
    { "french",
      "Selon la police, au moins trois personnes ont été tuées dimanche dans une fusillade à Marseille, la "
      "deuxième en une semaine.",
      "Au moins trois personnes ont été tuées dans une fusillade à Marseille" },
    { "russian",
      "По данным МЧС, в результате пожара в торговом центре в Кемерове погибли 64 человека, в том числе 41 "
      "ребенок.",
      "В результате пожара в торговом центре в Кемерове погибли 64 человека" },
    { "french",
      "Le président de la République, Emmanuel Macron, a annoncé lundi soir la dissolution de l'Assemblée "
      "nationale, après la défaite de son parti aux élections européennes.",
      "Le président de la République a annoncé la dissolution de l'Assemblée nationale" },
    { "spanish",
      "Sin embargo, los sindicatos de transporte convocaron una huelga general de tres días en toda la "
      "región, según fuentes oficiales.",
      "Los sindicatos de transporte convocaron una huelga general de tres días en toda la región" },
    /* a name of five words with its particle ("Luiz Inácio Lula da Silva") */
    { "portuguese",
      "O presidente da República, Luiz Inácio Lula da Silva, anunciou nesta terça-feira um novo programa "
      "de habitação.",
      "O presidente da República anunciou um novo programa de habitação" },
    /* a main clause before the comma: no opening phrase; its infinitive clause after the comma
     * is what it says, and stays (before: "Es ist schwer") */
    { "german",
      "Es ist schwer, im Leser wieder eine Gestalt der komplexen und schwierigen Situation in der ganzen "
      "Region entstehen zu lassen.",
      "Es ist schwer, im Leser wieder eine Gestalt der komplexen und schwierigen Situation in der ganzen "
      "Region entstehen zu lassen" },
    /* ... but one whose clause after the comma is no object stays short */
    { "german",
      "Es regnete den ganzen Tag, die Feuerwehr rückte in der Nacht zu mehr als vierzig Einsätzen in der "
      "Altstadt aus.",
      "Es regnete den ganzen Tag" },
    /* a list after the name, not an appositive */
    { "german",
      "Im anderen Haus sind Küche, Speisesaal, die Kapelle und ein großer Saal für Veranstaltungen der "
      "Gemeinde und der Schule untergebracht.",
      "Im anderen Haus sind Küche, Speisesaal" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      g_autofree gchar *h = headline (openings[i].language, openings[i].sentence);
      ck_assert_str_eq (h, openings[i].headline);
    }
}
END_TEST

/* tryout21 #1: a short main clause of saying or deciding keeps its object clause after the comma
 * (data/headline.txt's complement words and German's "zu" infinitive); in a verb-final language
 * the headline runs to the verb at the sentence's end (before: "Die Behörde erklärte am
 * Freitag", "Правительство решило в среду", "Kunta ilmoitti perjantaina", "Az önkormányzat pénteken
 * úgy határozott", "Belediye başkanı cuma günü yaptığı açıklamada"). */
START_TEST (test_object_clause_other_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } objects[] = {
    { "german",
      "Die Behörde erklärte am Freitag, dass die Autobahn zwischen beiden Städten bis Ende Mai gesperrt "
      "bleiben wird.",
      "Die Behörde erklärte am Freitag, dass die Autobahn zwischen beiden Städten bis Ende Mai gesperrt "
      "bleiben wird" },
    { "german",
      "Der Landtag hat am Mittwoch beschlossen, die Gebühren für Kindergärten ab Herbst abzuschaffen.",
      "Der Landtag hat beschlossen, die Gebühren für Kindergärten ab Herbst abzuschaffen" },
    { "russian", "Правительство решило в среду, что новая линия метро откроется на год раньше срока.",
      "Правительство решило в среду, что новая линия метро откроется на год раньше срока" },
    { "finnish", "Kunta ilmoitti perjantaina, että uusi uimahalli avataan yleisölle jo ensi keväänä.",
      "Kunta ilmoitti perjantaina, että uusi uimahalli avataan yleisölle jo ensi keväänä" },
    /* with a connective before it, written without a comma: it goes */
    { "hungarian",
      "Ugyanakkor az önkormányzat pénteken úgy határozott, hogy jövőre felújítja a régi hidat a folyón.",
      "Az önkormányzat pénteken úgy határozott, hogy jövőre felújítja a régi hidat a folyón" },
    { "turkish",
      "Belediye başkanı cuma günü yaptığı açıklamada, yeni köprünün gelecek yaz açılacağını söyledi.",
      "Belediye başkanı cuma günü yaptığı açıklamada, yeni köprünün gelecek yaz açılacağını söyledi" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      g_autofree gchar *h = headline (objects[i].language, objects[i].sentence);
      ck_assert_msg (g_str_equal (h, objects[i].headline), "%zu: \"%s\"", i, h);
    }
}
END_TEST

/* tryout21 #4: the opening attributions and connectives of Romanian, Catalan, Greek and
 * Indonesian (data/headline.txt): a headline is neither the attribution alone nor opens on
 * "However" (before: "Potrivit pompierilor", "Segons els bombers", "Σύμφωνα με την πυροσβεστική",
 * "Menurut petugas"; "Cu toate acestea, primăria ...", "No obstant això, l'ajuntament ...",
 * "Namun, pemerintah kota ..."). */
START_TEST (test_opening_phrase_more_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } openings[] = {
    { "romanian",
      "Potrivit pompierilor, un incendiu puternic a distrus duminică seara un depozit de mobilă din Cluj, "
      "fără victime.",
      "Un incendiu puternic a distrus duminică seara un depozit de mobilă din Cluj" },
    { "catalan",
      "Segons els bombers, un incendi molt intens va destruir diumenge a la nit un magatzem de mobles a "
      "Girona, sense víctimes.",
      "Un incendi molt intens va destruir diumenge a la nit un magatzem de mobles a Girona" },
    { "greek",
      "Σύμφωνα με την πυροσβεστική, μεγάλη φωτιά κατέστρεψε την Κυριακή το βράδυ μια αποθήκη επίπλων "
      "στην Πάτρα, χωρίς θύματα.",
      "Μεγάλη φωτιά κατέστρεψε την Κυριακή το βράδυ μια αποθήκη επίπλων στην Πάτρα" },
    { "indonesian",
      "Menurut petugas, kebakaran besar menghanguskan sebuah gudang mebel di Bandung pada Minggu malam, "
      "tanpa korban.",
      "Kebakaran besar menghanguskan sebuah gudang mebel di Bandung pada Minggu malam" },
    { "romanian", "Cu toate acestea, primăria a decis joi să închidă piața centrală pentru renovare.",
      "Primăria a decis joi să închidă piața centrală pentru renovare" },
    { "catalan", "No obstant això, l'ajuntament ha decidit dijous tancar el mercat central per obres.",
      "L'ajuntament ha decidit dijous tancar el mercat central per obres" },
    { "greek", "Ωστόσο, ο δήμος αποφάσισε την Πέμπτη να κλείσει την κεντρική αγορά για ανακαίνιση.",
      "Ο δήμος αποφάσισε την Πέμπτη να κλείσει την κεντρική αγορά για ανακαίνιση" },
    { "indonesian", "Namun, pemerintah kota memutuskan pada hari Kamis untuk menutup pasar pusat.",
      "Pemerintah kota memutuskan pada hari Kamis untuk menutup pasar pusat" },
    /* a trailing attribution goes before a verb-final language's headline runs on to the
     * sentence's end (without Armenian's verbs of saying it would keep "..., հինգշաբթի
     * հայտարարել է քաղաքապետը") */
    { "armenian",
      "Քաղաքապետարանը հաջորդ տարի կվերանորոգի կենտրոնական շուկան, հինգշաբթի հայտարարել է քաղաքապետը.",
      "Քաղաքապետարանը հաջորդ տարի կվերանորոգի կենտրոնական շուկան" },
    /* a connective before a short clause stays: nothing else would be left */
    { "indonesian", "Namun, pasar tetap buka.", "Namun, pasar tetap buka" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      g_autofree gchar *h = headline (openings[i].language, openings[i].sentence);
      ck_assert_msg (g_str_equal (h, openings[i].headline), "%zu: \"%s\"", i, h);
    }
}
END_TEST

/* tryout25 #1: outside English the headline keeps the main clause, never only an opening phrase:
 * the asides between a short subject and its predicate go when the predicate opens on an
 * auxiliary, a modal or a negation (data/headline.txt's "predicate"); an opening adjunct goes
 * before a main clause of seven words or more, and when a list goes on after its comma the
 * headline runs past it; a leading subordinate clause stays with its main clause; a long opening
 * attribution goes as a short one does. Before: "Le professeur Paul Martin, chirurgien à
 * l'hôpital de Lyon", "La sindaca Bianchi, 47 anni, ex assessore al bilancio", "Sin agua",
 * "Χωρίς λεωφορεία", "Selon des documents consultés par notre rédaction", "Tras la reunión del
 * consejo", "Si el tiempo lo permite". Written for the test. */
START_TEST (test_main_clause_other_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } clauses[] = {
    { "french",
      "Le professeur Paul Martin, chirurgien à l'hôpital de Lyon, a reçu jeudi le grand prix de la "
      "fondation pour ses recherches sur les greffes de rein.",
      "Le professeur Paul Martin a reçu le grand prix de la fondation pour ses recherches sur les greffes de "
      "rein" },
    { "italian",
      "La sindaca Bianchi, 47 anni, ex assessore al bilancio, ha annunciato ieri le sue dimissioni dal "
      "consiglio comunale.",
      "La sindaca Bianchi ha annunciato le sue dimissioni dal consiglio comunale" },
    { "portuguese",
      "O ministro Carlos Souza, 61 anos, antigo governador do estado, foi detido nesta quarta-feira pela "
      "Polícia Federal em Brasília.",
      "O ministro Carlos Souza foi detido pela Polícia Federal em Brasília" },
    { "greek",
      "Ο δήμαρχος Νίκος Παππάς, πρώην βουλευτής της περιοχής, θα παρουσιάσει το νέο σχέδιο για την "
      "κυκλοφορία στο κέντρο.",
      "Ο δήμαρχος Νίκος Παππάς θα παρουσιάσει το νέο σχέδιο για την κυκλοφορία στο κέντρο" },
    /* an aside that opens on a preposition spelt as another language's "and" ("en") */
    { "french",
      "Emmanuel Macron, en visite au Maroc, a signé plusieurs accords commerciaux avec le roi Mohammed VI, "
      "selon l'Élysée.",
      "Emmanuel Macron a signé plusieurs accords commerciaux avec le roi Mohammed VI" },
    /* an adjunct before a list: the headline runs past its comma */
    { "spanish",
      "Sin agua, gas ni electricidad pasaron la noche cientos de vecinos de Soria tras la tormenta de "
      "granizo.",
      "Sin agua, gas ni electricidad pasaron la noche cientos de vecinos de Soria tras la tormenta de "
      "granizo" },
    { "greek",
      "Χωρίς λεωφορεία, τρένα και ταξί θα μείνει η Πάτρα την Παρασκευή λόγω της απεργίας των οδηγών.",
      "Χωρίς λεωφορεία, τρένα και ταξί θα μείνει η Πάτρα την Παρασκευή λόγω της απεργίας των οδηγών" },
    /* an adjunct before a main clause goes */
    { "spanish",
      "Tras la reunión del consejo, el ayuntamiento aprobó una rebaja del precio del autobús para los "
      "jubilados de la ciudad.",
      "El ayuntamiento aprobó una rebaja del precio del autobús para los jubilados de la ciudad" },
    /* long attributions go as short ones do */
    { "french",
      "Selon des documents consultés par notre rédaction, la mairie va fermer trois écoles primaires à la "
      "rentrée prochaine.",
      "La mairie va fermer trois écoles primaires à la rentrée prochaine" },
    { "spanish",
      "Según fuentes cercanas a la investigación, la Guardia Civil ha detenido a cinco personas por el "
      "robo de un camión de tabaco.",
      "La Guardia Civil ha detenido a cinco personas por el robo de un camión de tabaco" },
    /* a condition stays with its main clause */
    { "spanish",
      "Si el tiempo lo permite, los bomberos retirarán los restos del puente caído sobre el río durante el "
      "fin de semana.",
      "Si el tiempo lo permite, los bomberos retirarán los restos del puente caído sobre el río durante el "
      "fin de semana" },
    /* unchanged: a main clause before its comma, and one that opens on its adjunct before a
     * trailing attribution */
    { "spanish",
      "El Gobierno ha aprobado la reforma, después de tres meses de negociaciones con los sindicatos y la "
      "patronal del sector.",
      "El Gobierno ha aprobado la reforma" },
    { "spanish",
      "En el accidente de la autopista murieron tres personas, según informó la policía local de la "
      "ciudad a primera hora.",
      "En el accidente de la autopista murieron tres personas" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      g_autofree gchar *h = headline (clauses[i].language, clauses[i].sentence);
      ck_assert_msg (g_str_equal (h, clauses[i].headline), "%zu: \"%s\"", i, h);
    }
}
END_TEST

/* @text, its language detected, is @language and its generated headline is @headline. */
static void
assert_generated (const gchar *text, const gchar *language, const gchar *headline)
{
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new (NULL, NULL);
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, text, -1, NULL);
  ck_assert_str_eq (precis_summary_get_language (sum), language);
  ck_assert_msg (g_str_equal (precis_summary_get_headline (sum), headline), "%s: \"%s\"", language,
                 precis_summary_get_headline (sum));
}

/* Languages read unstemmed have their headline data by the name detection gives (tryout21 #1,
 * #12e): Ukrainian and Bulgarian keep the object clause (before: "Міська рада ухвалила в
 * четвер", "Общинският съвет реши в четвъртък"), Persian loses its trailing attribution
 * ("..., شهردار روز چهارشنبه اعلام کرد"). */
START_TEST (test_unstemmed_languages_by_name)
{
  static const struct
  {
    const gchar *text, *language, *headline;
  } docs[] = {
    { "Міська рада ухвалила в четвер, що новий міст через річку відкриють наступного літа. Будівництво "
      "коштуватиме понад мільярд гривень. Роботи почнуться навесні.",
      "ukrainian", "Міська рада ухвалила в четвер, що новий міст через річку відкриють наступного літа" },
    { "Общинският съвет реши в четвъртък, че новият мост над реката ще бъде открит следващото лято. "
      "Строежът ще струва над милиард лева. Работата започва през пролетта.",
      "bulgarian",
      "Общинският съвет реши в четвъртък, че новият мост над реката ще бъде открит следващото "
      "лято" },
    { "پل جدید روی رودخانه از تابستان آینده به روی خودروها و عابران پیاده باز خواهد شد، شهردار روز "
      "چهارشنبه اعلام کرد. هزینه ساخت آن بیش از هزار میلیارد تومان است. کار از بهار آغاز "
      "می‌شود.",
      "persian", "پل جدید روی رودخانه از تابستان آینده به روی خودروها و عابران پیاده باز خواهد شد" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (docs); i++)
    assert_generated (docs[i].text, docs[i].language, docs[i].headline);
}
END_TEST

/* tryout25 #3: a quotation opened on a low mark keeps its closing mark, as each language writes
 * it: German „...“, Polish and Hungarian „...”, a typed „..." (before: the closing mark was
 * dropped as an unpaired English “ or ”, "„Saubere Luft hat ..."); a mark that a cut leaves
 * unpaired goes, guillemets too (before: "... den Plan „mutig", "... de « rénovation
 * ambitieuse"). Written for the test. */
START_TEST (test_quote_marks_other_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } quotes[] = {
    { "german",
      "Die Bürgerinitiative \u201ESaubere Luft\u201C hat am Dienstag beim Verwaltungsgericht eine Klage "
      "gegen die Stadt eingereicht.",
      "Die Bürgerinitiative \u201ESaubere Luft\u201C hat beim Verwaltungsgericht eine Klage gegen die "
      "Stadt eingereicht" },
    { "hungarian", "A \u201ETiszta Víz\u201D egyesület kedden pert indított a város ellen a folyó miatt.",
      "A \u201ETiszta Víz\u201D egyesület kedden pert indított a város ellen a folyó miatt" },
    { "german",
      "Nach Angaben der Zeitung \u201EMorgenpost\" will der Senat die Buslinie im Frühjahr einstellen.",
      "Nach Angaben der Zeitung \u201EMorgenpost\" will der Senat die Buslinie im Frühjahr einstellen" },
    { "german",
      "Die Bürgermeisterin nannte den Plan \u201Emutig, aber bezahlbar und für alle Bewohner des Viertels "
      "nötig\u201C und kündigte eine Abstimmung im Stadtrat für März an.",
      "Die Bürgermeisterin nannte den Plan mutig" },
    { "french",
      "Le maire a qualifié le projet de \u00AB rénovation ambitieuse, durable et nécessaire pour tous les "
      "habitants du quartier \u00BB devant le conseil municipal réuni en séance extraordinaire.",
      "Le maire a qualifié le projet de rénovation ambitieuse" },
    { "swedish",
      "Tidningen \u00BBNorra Posten\u00BB avslöjade att kommunen har betalat för mycket till en byggfirma.",
      "Tidningen \u00BBNorra Posten\u00BB avslöjade att kommunen har betalat för mycket till en byggfirma" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      g_autofree gchar *h = headline (quotes[i].language, quotes[i].sentence);
      ck_assert_msg (g_str_equal (h, quotes[i].headline), "%zu: \"%s\"", i, h);
    }
  /* Polish, read unstemmed, by the name detection gives */
  assert_generated (
      "Dziennik \u201EGazeta Wyborcza\u201D opisał we wtorek nowe nadużycia w spółce miejskiej. "
      "Prezydent miasta zapowiedział kontrolę w spółce. Sprawą zajmie się także prokuratura.",
      "polish", "Dziennik \u201EGazeta Wyborcza\u201D opisał we wtorek nowe nadużycia w spółce miejskiej");
}
END_TEST

/* review23 #4, #5: a Devanagari vowel sign is part of its word, not punctuation to strip before
 * the danda: "कहा।" is "कहा" (said), so Hindi loses its trailing attribution as Persian does
 * (before: "..., ऊर्जा मंत्री ने सोमवार को कहा" kept). A Thai sentence is one run of letters, one
 * word by its spaces; it is no heading for that, and the lede is the headline (before: the last
 * sentence, spaced off its number); a short run before it is still a heading's one word. */
START_TEST (test_marks_and_runs)
{
  static const struct
  {
    const gchar *text, *language, *headline;
  } docs[] = {
    { "राज्य सरकार अप्रैल से बिजली की दरें बढ़ाएगी, ऊर्जा मंत्री ने सोमवार को कहा। पुलों पर पाँच सौ करोड़ "
      "रुपये खर्च होंगे। काम वसंत में शुरू होगा।",
      "hindi", "राज्य सरकार अप्रैल से बिजली की दरें बढ़ाएगी" },
    { "กรุงเทพมหานครเตรียมสร้างสะพานข้ามแม่น้ำเจ้าพระยาแห่งใหม่ในปีหน้า "
      "ผู้ว่าราชการกล่าวว่าโครงการนี้จะช่วยลดปัญหาการจราจรในเมือง "
      "ประชาชนบางส่วนแสดงความกังวลเรื่องค่าใช้จ่ายของโครงการ การก่อสร้างจะเริ่มในวันที่ 1 มีนาคม 2570",
      "thai", "กรุงเทพมหานครเตรียมสร้างสะพานข้ามแม่น้ำเจ้าพระยาแห่งใหม่ในปีหน้า" },
    { "ข่าวด่วน\n\nกรุงเทพมหานครเตรียมสร้างสะพานข้ามแม่น้ำเจ้าพระยาแห่งใหม่ในปีหน้า", "thai",
      "กรุงเทพมหานครเตรียมสร้างสะพานข้ามแม่น้ำเจ้าพระยาแห่งใหม่ในปีหน้า" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (docs); i++)
    assert_generated (docs[i].text, docs[i].language, docs[i].headline);
}
END_TEST

/* An English document and its generated headline. */
typedef struct
{
  const gchar *text, *headline;
} EnglishDoc;

/* Each of the @n documents @docs is English and has its headline. */
static void
assert_english (const EnglishDoc *docs, gsize n)
{
  for (gsize i = 0; i < n; i++)
    assert_generated (docs[i].text, "english", docs[i].headline);
}

/* tryout23 #2: an aside that is a participle and a time phrase alone goes whole (before: "Bridge,
 * opened, will close ...", the day words removed and the participle left bare between its
 * commas); with a phrasal verb's particle too; after a leading phrase its clause's comma stays. */
START_TEST (test_dated_participle_aside)
{
  static const EnglishDoc docs[] = {
    { "The bridge, opened last year, will close for repairs in the spring. Drivers face long detours.",
      "Bridge will close for repairs in spring" },
    { "The survey, carried out on Monday, shows that most drivers support the new speed limit. It was "
      "run by the council.",
      "Survey shows that most drivers support new speed limit" },
    /* not an aside that says more than when ("published by the council") */
    { "The survey, published by the council, shows that most drivers support the new speed limit. It "
      "was run by a charity.",
      "Survey, published by council, shows that most drivers support new speed limit" },
    /* nor the sentence's own past tense between commas: no verb of the clause follows it (before,
     * "John Smith, chairman of Acme, citing ill health") */
    { "John Smith, the chairman of Acme, resigned on Tuesday, citing ill health. He had led the firm "
      "since 2010.",
      "John Smith, chairman of Acme, resigned, citing ill health" },
    { "The figures, released on Wednesday, also show unemployment rising to 5 per cent. Economists were "
      "surprised.",
      "Figures also show unemployment rising to 5 per cent" },
    /* nor after an appositive, nor before a passive's "by" (before: "Company's boss, Jane Smith
     * frustrated by ...", "Prices, which rose sharply hit by ...") */
    { "The company's boss, Jane Smith, quit last week, frustrated by the board's refusal to invest. "
      "Shares fell.",
      "Company's boss quit, frustrated by board's refusal to invest" },
    { "Prices, which rose sharply, fell on Monday, hit by fears of a recession in Europe. Traders were "
      "nervous.",
      "Prices fell, hit by fears of recession in Europe" },
  };
  assert_english (docs, G_N_ELEMENTS (docs));
}
END_TEST

/* tryout23 #3: an attribution inside a relative clause ("who neighbours said was ...") is no
 * opening "X said": the subject stays (before: "Was retired nurse rescued three children ...",
 * "Had been awake for 20 hours caused crash"), and the relative's verb is the one after the
 * attribution, so that the main verb is found after it. */
START_TEST (test_attribution_in_relative)
{
  static const EnglishDoc docs[] = {
    { "A woman who neighbours said was a retired nurse rescued three children from a burning flat. "
      "Firefighters praised her.",
      /* (the article before an adjective in -ed after "was" stays: adjective_after_be) */
      "Woman who neighbours said was a retired nurse rescued three children" },
    { "A lorry driver who officers said had been awake for 20 hours caused the crash. He was arrested.",
      "Lorry driver who officers said had been awake for 20 hours caused crash" },
    { "A man who police said was drunk drove a tractor into a shop window in Bristol. Nobody was hurt.",
      "Man who police said was drunk drove tractor into shop window" },
  };
  assert_english (docs, G_N_ELEMENTS (docs));
}
END_TEST

/* tryout23 #4: a partitive "Of the N ...," opening gives its count its noun: the count moves
 * before the "of" phrase (before: "Nine rated inadequate", a bare number); "Of course," still goes. */
START_TEST (test_partitive_opening)
{
  static const EnglishDoc docs[] = {
    { "Of the 40 schools inspected, nine were rated inadequate. Parents are worried.",
      "Nine of 40 schools inspected were rated inadequate" },
    { "Of all the flights cancelled in the storm, fewer than one in five were refunded. Passengers "
      "complained.",
      "Fewer than one in five of all flights cancelled in storm refunded" },
    { "Of course, the council voted to close the library on the high street. Readers protested.",
      "Council voted to close library on high street" },
    /* not into the count's own relative clause (before: "12 who of 50 people arrested were ..."),
     * nor with no phrase at all (before: the headline written twice) */
    { "Of the 50 people arrested, 12 who were carrying weapons have been charged with affray. Police "
      "said more arrests could follow.",
      "12 who were carrying weapons charged with affray" },
    { "Of, 12 were taken to hospital after a crash on the motorway. The road was closed.",
      "12 were taken to hospital after crash on motorway" },
    /* review27 #4: an "of" phrase that names no set is no partitive's whole (before: "Some 30 of
     * greater importance bridges closed because of floods", "Many drivers say they of more worry
     * to mayor will ignore new limit"); a possessive names a set, and so do a plural and a bare
     * noun (the article is gone by then), but not an idiom's ("Of note") */
    { "Of greater importance, some 30 bridges have been closed because of the floods. The roads are "
      "shut.",
      "Some 30 bridges closed because of floods" },
    { "Of more worry to the mayor, many drivers say they will ignore the new limit. The council met.",
      "Many drivers say they will ignore new limit" },
    { "Of their five children, two were born abroad. They live in Leeds.",
      "Two of their five children were born abroad" },
    { "Of the shops visited by inspectors, 12 were closed on the spot. Owners complained.",
      "12 of shops visited by inspectors were closed on spot" },
    { "Of the money raised at the fair, half went to the new hospital wing. Volunteers ran the stalls.",
      "Half of money raised at fair went to new hospital wing" },
    { "Of note, two of the three ferries were late again on Sunday. Passengers complained.",
      "Two of three ferries were late again" },
  };
  assert_english (docs, G_N_ELEMENTS (docs));
  /* the count ends at its first verb, which must be surely finite (before: "Many staff say they of
   * 300 workers at plant will strike") */
  g_autofree gchar *h
      = headline ("english", "Of the 300 workers at the plant, many staff say they will strike next week.");
  ck_assert_str_eq (h, "Many staff say they will strike");
}
END_TEST

/* tryout23 #8: a newsroom's label in capitals goes (before: "EXCLUSIVE: city council is ..."); a
 * speaker's name in capitals is no such label. A lead-in that opens on a pronoun and ends on a
 * colon gives way to the statement after it, and "Here's what ..." to its explainer's clause
 * (before: both "Officials gave no further details", the filler sentence after them). */
START_TEST (test_labels_and_lead_ins)
{
  static const EnglishDoc docs[] = {
    { "EXCLUSIVE: The city council is planning to sell its historic town hall to a hotel chain. "
      "Councillors will vote next week.",
      "City council is planning to sell its historic town hall to hotel chain" },
    { "It was the news the whole town had hoped for: after a decade of decline, the steelworks is "
      "hiring again. Officials gave no further details.",
      "Steelworks is hiring again" },
    { "Here's what you need to know about the new parking charges, which start on Monday. Officials "
      "gave no further details.",
      "What you need to know about new parking charges" },
    /* not before an infinitive */
    { "It has one aim: to make the city safer for cyclists and walkers. Officials gave no further "
      "details.",
      "Officials gave no further details" },
  };
  assert_english (docs, G_N_ELEMENTS (docs));
}
END_TEST

/* review27 #3: a lead-in that calls its statement a claim, a rumour or a fear stays, so the
 * statement is not given as fact (before: "Old shipyard will be sold to foreign buyer", "Pub will
 * close at end of month", "Bus service will be cut next year"); the lede, opening on its pronoun,
 * then gives way to the next sentence. */
START_TEST (test_qualified_lead_ins)
{
  static const EnglishDoc docs[] = {
    { "It is a claim that the company firmly denies: the old shipyard will be sold to a foreign buyer. "
      "Workers met the managers on Friday to ask about their jobs.",
      "Workers met managers to ask about their jobs" },
    { "This is the rumour going round the village: the pub will close at the end of the month. "
      "Regulars met the landlord on Friday to ask about the plans.",
      "Regulars met landlord to ask about plans" },
    { "They share one fear: the bus service will be cut next year. Residents met the councillors on "
      "Friday to ask about the route.",
      "Residents met councillors to ask about route" },
  };
  assert_english (docs, G_N_ELEMENTS (docs));
}
END_TEST

/* tryout21 #12h: a sentence of function words alone is not cut down to one of them (before:
 * "And", "Так"): it is its own headline, as written, which the trimming of dangling words would
 * eat; a later sentence with news still gives the headline. */
START_TEST (test_function_words_only)
{
  g_autofree gchar *h = headline ("english", "the and of to a in");
  ck_assert_str_eq (h, "The and of to a in");
  g_autofree gchar *r = headline ("russian", "Так ему и надо!");
  ck_assert_str_eq (r, "Так ему и надо");
  g_autofree gchar *whole = headline ("english", "It is what it is.");
  ck_assert_str_eq (whole, "It is what it is");
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
  g_autoptr (PrecisSummary) later
      = precis_summarizer_run (s, "the and of to a in. Heavy rain flooded the old town on Sunday.", -1, NULL);
  ck_assert_str_eq (precis_summary_get_headline (later), "Heavy rain flooded old town");
}
END_TEST

/* A leading dash or list bullet is no part of the headline, whichever it is; a sentence that
 * opens on another mark keeps it. */
START_TEST (test_leading_marks)
{
  static const gchar *const marks[] = { "- ",      "_ ",      "* ",      "\u2013 ", "\u2014 ", "\u2022 ",
                                        "\u00B7 ", "\u2023 ", "\u25E6 ", "\u25AA ", "\u25A0 ", "\u25BA " };
  static const gchar sentence[] = "Storm warning issued for the whole coast on Friday.";
  g_autofree gchar *plain = headline ("english", sentence);
  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autofree gchar *marked = g_strconcat (marks[i], sentence, NULL);
      g_autofree gchar *h = headline ("english", marked);
      ck_assert_msg (g_str_equal (h, plain), "mark %zu: \"%s\"", i, h);
    }
  g_autofree gchar *other
      = headline ("english", "\u2192 Storm warning issued for the whole coast on Friday.");
  ck_assert_msg (!g_str_equal (other, plain), "\"%s\"", other);
}
END_TEST

typedef struct
{
  const gchar *text, *headline;
} TextHeadline;

/* Each English text of @pairs gives its headline. */
static void
assert_headlines (const TextHeadline *pairs, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree gchar *h = headline ("english", pairs[i].text);
      ck_assert_msg (g_str_equal (h, pairs[i].headline), "%zu: \"%s\"", i, h);
    }
}

/* The rules' needles are looked for in one pass over the sentence (by their first two bytes), not
 * a strstr() each: every needle of every list still lets its rule run, wherever it stands (at the
 * text's end too), and the attribution gates find a verb that ends where their span does. */
START_TEST (test_every_needle_found)
{
  static const gchar *const said[]
      = { "said",     "says",   "told reporters", "added",   "reported", "announced", "stated",
          "insisted", "warned", "declared",       "claimed", "revealed", "admitted" };
  for (gsize i = 0; i < G_N_ELEMENTS (said); i++)
    {
      g_autofree gchar *text
          = g_strdup_printf ("The new bridge over the river will open in May, the mayor %s.", said[i]);
      g_autofree gchar *h = headline ("english", text);
      ck_assert_msg (g_str_equal (h, "New bridge over river will open in May"), "%s: \"%s\"", said[i], h);
    }
  static const gchar *const found[]
      = { "research found", "figures show", "a study finds", "the survey suggests", "the data revealed" };
  for (gsize i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autofree gchar *text
          = g_strdup_printf ("The new bridge over the river cost far more than planned, %s.", found[i]);
      g_autofree gchar *h = headline ("english", text);
      ck_assert_msg (g_str_equal (h, "New bridge over river cost far more than planned"), "%s: \"%s\"",
                     found[i], h);
    }
  /* with no full stop: the needle ends the text */
  static const gchar *const days[]
      = { "on Monday",      "on Tuesday",   "on Wednesday", "on Thursday", "on Friday",  "on Saturday",
          "on Sunday",      "last week",    "last month",   "last year",   "last night", "this morning",
          "this afternoon", "this evening", "today",        "yesterday",   "tonight" };
  for (gsize i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree gchar *text
          = g_strdup_printf ("The new bridge over the river opened to traffic %s", days[i]);
      g_autofree gchar *h = headline ("english", text);
      ck_assert_msg (g_str_equal (h, "New bridge over river opened to traffic"), "%s: \"%s\"", days[i], h);
    }
  static const TextHeadline others[] = {
    /* a bare weekday */
    { "The mayor resigned Tuesday after the vote on the new bridge over the river.",
      "Mayor resigned after vote on new bridge over river" },
    /* relative clauses */
    { "The new bridge, which cost far more than planned, opened to traffic.",
      "New bridge opened to traffic" },
    { "The chief engineer of the city, who designed the new bridge, will retire from the council in May.",
      "Chief engineer of city will retire from council in May" },
    /* "according" at the text's end */
    { "The new bridge over the river cost far more than planned according to the council",
      "New bridge over river cost far more than planned" },
    /* a verb that ends its span: before a comma (an aside), before the first comma */
    { "The new bridge over the river will close for a year, the mayor said, raising fears for local shops.",
      "New bridge over river will close for a year" },
    { "The new bridge over the river will close for a year, the figures show, as costs rise.",
      "New bridge over river will close for a year" },
    { "The mayor said the new bridge over the river will close for a year.",
      "New bridge over river will close for a year" },
    { "The mayor announced that the new bridge over the river will close.",
      "New bridge over river will close" },
  };
  assert_headlines (others, G_N_ELEMENTS (others));
}
END_TEST

/* The day rules' matchers start before the first day phrase or weekday their gates find, not at
 * the text's start: an earlier one of another modifier or weekday still goes, and so does one that
 * only Unicode's case folding makes one ("laſt", "ſunday": the matcher starts at 0 when a byte
 * outside ASCII comes first). */
START_TEST (test_day_rules_start)
{
  static const TextHeadline days[] = {
    { "The new bridge over the river opened last week and closed again on Monday after a crash.",
      "New bridge over river opened and closed again after crash" },
    { "The new bridge over the river opened la\u017Ft week and closed again on Monday after a crash.",
      "New bridge over river opened and closed again after crash" },
    { "The mayor resigned Friday and the council met Monday to choose a successor for the city.",
      "Mayor resigned and council met to choose successor for city" },
    { "The mayor resigned \u017Funday and the council met Monday to choose a successor for the city.",
      "Mayor resigned and council met to choose successor for city" },
  };
  assert_headlines (days, G_N_ELEMENTS (days));
}
END_TEST

/* The brackets' and the bare day words' matchers start at the run of space before the first
 * bracket or day word, or at the text's start when a byte outside ASCII ends that run: the whole
 * run goes with the aside or the day word, and a space outside ASCII counts as one. */
START_TEST (test_asides_and_day_words_from_their_space)
{
  static const TextHeadline pairs[] = {
    { "The council  (in a late vote) approved the new bridge over the river.",
      "Council approved new bridge over river" },
    { "The council\xE2\x80\x89(in a late vote) approved the new bridge over the river.",
      "Council approved new bridge over river" },
    { "The council [in a late vote] approved the new bridge (and the tunnel) over the river.",
      "Council approved new bridge over river" },
    { "The new bridge over the river opened to traffic  today after repairs.",
      "New bridge over river opened to traffic after repairs" },
    { "The new bridge over the river opened to traffic\xE2\x80\x89today after repairs.",
      "New bridge over river opened to traffic after repairs" },
    { "The new bridge over the river opened to traffic on\xE2\x80\x89Sunday after repairs.",
      "New bridge over river opened to traffic after repairs" },
    { "The union said  on Friday that the new bridge over the river will close.",
      "New bridge over river will close" },
    { "The ministry (Minist\xC3\xA8"
      "re) said yesterday the new bridge over the river will close.",
      "New bridge over river will close" },
  };
  assert_headlines (pairs, G_N_ELEMENTS (pairs));
}
END_TEST

/* The opening rules are tried only when the text's first byte may open one of their needles (a
 * first word in -ing always); the dash pairs only when " -" or a space and a dash's first bytes
 * are in the text: each kind still goes. */
START_TEST (test_openings_and_dashes)
{
  static const TextHeadline texts[] = {
    { "Meanwhile, the new bridge over the river will close for a year.",
      "New bridge over river will close for a year" },
    { "Furthermore, the new bridge over the river will close for a year.",
      "New bridge over river will close for a year" },
    { "Despite the protests, the new bridge over the river will close for a year.",
      "New bridge over river will close for a year" },
    { "Facing heavy losses, the new bridge company will close the crossing for a year.",
      "New bridge company will close crossing for a year" },
    { "Once the works begin, the new bridge over the river will close for a year.",
      "New bridge over river will close for a year" },
    { "The new bridge - built in 1990 - will close for a year after the flood.",
      "New bridge will close for a year after flood" },
    { "The new bridge -- built in 1990 -- will close for a year after the flood.",
      "New bridge will close for a year after flood" },
    { "The new bridge \u2013 built in 1990 \u2013 will close for a year after the flood.",
      "New bridge will close for a year after flood" },
    { "The new bridge \u2014 built in 1990 \u2014 will close for a year after the flood.",
      "New bridge will close for a year after flood" },
  };
  assert_headlines (texts, G_N_ELEMENTS (texts));
}
END_TEST

/* Outside English a complete lede of up to 26 words is the headline, before a later sentence
 * that is short but not the news (before: "El ataque no ha sido reivindicado"); a comma of
 * another script does not end it; an Italian elision keeps its space ("un po’ d’accademia"). */
/* session 21 (headline29): a day phrase inside the sentence goes in the languages data/headline.txt
 * gives one for ("time"), not at the start nor as a preposition's object ("time-before") */
START_TEST (test_time_words_other_languages)
{
  static const struct
  {
    const gchar *language, *sentence, *headline;
  } times[] = {
    { "spanish", "El ayuntamiento aprobó este martes el nuevo plan de transporte para la ciudad.",
      "El ayuntamiento aprobó el nuevo plan de transporte para la ciudad" },
    { "german", "Die Stadt hat am Dienstag einen neuen Plan für den Verkehr beschlossen.",
      "Die Stadt hat einen neuen Plan für den Verkehr beschlossen" },
    { "portuguese", "A câmara aprovou nesta terça-feira um novo plano de transportes para a cidade.",
      "A câmara aprovou um novo plano de transportes para a cidade" },
    { "spanish", "La carretera está cerrada desde ayer por las obras del nuevo puente.",
      "La carretera está cerrada desde ayer por las obras del nuevo puente" },
    /* review27 #6: a time word with a capital inside the sentence is a title's (before: "La
     * novela fue un éxito ...", "Le roman fut ...", "Il romanzo è stato ...", "O romance foi ...") */
    { "spanish", "La novela Ayer fue un éxito de ventas en todas las librerías del país durante el verano.",
      "La novela Ayer fue un éxito de ventas en todas las librerías del país durante el verano" },
    { "french", "Le roman Hier fut un grand succès dans toutes les librairies du pays cet été.",
      "Le roman Hier fut un grand succès dans toutes les librairies du pays cet été" },
    { "italian", "Il romanzo Ieri è stato un grande successo in tutte le librerie del paese quest'estate.",
      "Il romanzo Ieri è stato un grande successo in tutte le librerie del paese quest'estate" },
    { "portuguese", "O romance Ontem foi um grande sucesso em todas as livrarias do país durante o verão.",
      "O romance Ontem foi um grande sucesso em todas as livrarias do país durante o verão" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree gchar *h = headline (times[i].language, times[i].sentence);
      ck_assert_str_eq (h, times[i].headline);
    }
}
END_TEST

START_TEST (test_long_lede_other_languages)
{
  static const struct
  {
    const gchar *language, *text, *headline;
  } ledes[] = {
    { "spanish",
      "Al menos 20 personas murieron y decenas resultaron heridas este lunes en un ataque contra un mercado "
      "en el norte de Nigeria. El ataque no ha sido reivindicado.",
      "Al menos 20 personas murieron y decenas resultaron heridas en un ataque contra un mercado en el norte "
      "de Nigeria" },
    { "italian",
      "Almeno 20 persone sono morte e decine sono rimaste ferite lunedì in un attacco contro un mercato nel "
      "nord della Nigeria. L'attacco non è stato rivendicato.",
      "Almeno 20 persone sono morte e decine sono rimaste ferite in un attacco contro un mercato nel nord "
      "della "
      "Nigeria" },
    { "arabic", "واستغرقت أعمال هذه الندوة يومين، وخرجت بتوصيات عديدة.", "واستغرقت أعمال هذه الندوة يومين" },
    { "italian", "Alla fine per i vincitori c’è spazio anche per un po’ d’accademia.",
      "Alla fine per i vincitori c’è spazio anche per un po’ d’accademia" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (ledes); i++)
    {
      g_autoptr (PrecisSummarizer) s = precis_summarizer_new (ledes[i].language, NULL);
      precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
      g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, ledes[i].text, -1, NULL);
      ck_assert_ptr_nonnull (sum);
      ck_assert_str_eq (precis_summary_get_headline (sum), ledes[i].headline);
    }
}
END_TEST

START_TEST (test_failure_kinds)
{
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (s, failures[_i].text, -1, NULL);
  ck_assert_ptr_nonnull (sum);
  ck_assert_msg (g_str_equal (precis_summary_get_headline (sum), failures[_i].headline),
                 "%s: \"%s\", not \"%s\"", failures[_i].kind, precis_summary_get_headline (sum),
                 failures[_i].headline);
}
END_TEST

/* A wire's slugs before a title ("UPDATE 2-", "REFILE-EXCLUSIVE-") say how the story was filed:
 * the title, and so the headline, is read without them; a word glued on by a hyphen that is no
 * slug ("COVID-hit"), a spaced dash, or a title that is only a slug stay. */
START_TEST (test_wire_slugs)
{
  static const struct
  {
    const gchar *title, *expected;
  } slugs[] = {
    { "UPDATE 2-Harbour tunnel opens to traffic", "Harbour tunnel opens to traffic" },
    { "REFILE-EXCLUSIVE-Bank weighs sale of its Asian arm", "Bank weighs sale of its Asian arm" },
    { "COVID-hit firms get more time to repay loans", "COVID-hit firms get more time to repay loans" },
    { "UPDATE - Harbour tunnel opens", "UPDATE - Harbour tunnel opens" },
    { "Update 2-Harbour tunnel opens", "Update 2-Harbour tunnel opens" },
  };
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (slugs); i++)
    {
      g_autoptr (PrecisSummary) sum = precis_summarizer_run_with_title (
          s, "The harbour tunnel opened to traffic on Monday. It took six years to build.", -1,
          slugs[i].title, NULL);
      ck_assert_str_eq (precis_summary_get_title (sum), slugs[i].expected);
      ck_assert_str_eq (precis_summary_get_headline (sum), slugs[i].expected);
    }
}
END_TEST

/* A lede opening on a pronoun gives way to the next sentence that does not. */
START_TEST (test_pronoun_lede)
{
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (
      s,
      "It was pretty impressive, the coach said of his team's win. The home side beat the champions "
      "3-1 on Saturday to go top of the league. Their captain scored twice.",
      -1, NULL);
  ck_assert_str_eq (precis_summary_get_headline (sum), "Home side beat champions 3-1 to go top of league");
}
END_TEST

/* A lede with a link glued on after its full stop: the link is split off as furniture, and the
 * lede is no photo caption for that (a caption's credit stands apart from it). */
START_TEST (test_glued_link_no_caption)
{
  g_autoptr (PrecisSummarizer) s = precis_summarizer_new ("english", NULL);
  precis_summarizer_set_headline (s, PRECIS_HEADLINE_GENERATED);
  g_autoptr (PrecisSummary) sum = precis_summarizer_run (
      s,
      "The harbour board approved a new ferry timetable on Monday after a year of complaints.ALSO READ: "
      "Fares to rise in autumn. Ferries will run every twenty minutes from June, the board said. "
      "Passengers had waited up to an hour in winter.",
      -1, NULL);
  ck_assert_str_eq (precis_summary_get_headline (sum),
                    "Harbour board approved new ferry timetable after a year of complaints");

  /* A link's title in brackets, or a header, run into the next sentence is split off; the
   * sentence before it is no caption for that either. */
  const gchar *texts[]
      = { "The harbour board approved a new ferry timetable on Monday after a year of complaints. (Fares "
          "to rise in autumn)Ferries will run every twenty minutes from June, the board said.",
          "The harbour board approved a new ferry timetable on Monday after a year of complaints. BOARD "
          "MEETING RESULTSFerries will run every twenty minutes from June, the board said." };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (PrecisSummary) t = precis_summarizer_run (s, texts[i], -1, NULL);
      ck_assert_str_eq (precis_summary_get_headline (t),
                        "Harbour board approved new ferry timetable after a year of complaints");
    }
}
END_TEST

/* A curly apostrophe is read as the ASCII one: "don’t" is an auxiliary, not an unknown noun. */
START_TEST (test_curly_apostrophe)
{
  static const gchar *const words[][2] = { { "don\xE2\x80\x99t", "don't" },
                                           { "it\xE2\x80\x99s", "it's" },
                                           { "Wasn\xE2\x80\x98t", "Wasn't" },
                                           { "they\xE2\x80\x99re", "they're" } };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      guint curly = precis_lexicon_english (words[i][0], strlen (words[i][0]));
      ck_assert_uint_eq (curly, precis_lexicon_english (words[i][1], strlen (words[i][1])));
      ck_assert_uint_ne (curly, PRECIS_POS_NOUN);
    }
  /* another non-ASCII letter still gives a noun */
  ck_assert_uint_eq (precis_lexicon_english ("caf\xC3\xA9", 5), PRECIS_POS_NOUN);
}
END_TEST

/* The lexicon's look-up: any case, the closed classes over the file's reading of a word, the
 * regular inflections undone, an unknown word a noun, and a NUL ending the word looked up. */
START_TEST (test_lexicon_lookup)
{
  ck_assert_uint_eq (precis_lexicon_english ("That", 4), PRECIS_POS_DET | PRECIS_POS_WH);
  ck_assert_uint_eq (precis_lexicon_english ("THE", 3), PRECIS_POS_DET);
  ck_assert_uint_eq (precis_lexicon_english ("Said", 4), precis_lexicon_english ("said", 4));
  ck_assert (precis_lexicon_english ("ran", 3) & PRECIS_POS_PAST);
  ck_assert (precis_lexicon_english ("STOPPED", 7) & PRECIS_POS_PAST);
  ck_assert (precis_lexicon_english ("stopping", 8) & PRECIS_POS_ING);
  ck_assert_uint_eq (precis_lexicon_english ("carries", 7) & (PRECIS_POS_THIRD | PRECIS_POS_NOUN),
                     PRECIS_POS_THIRD | PRECIS_POS_NOUN);
  ck_assert (!(precis_lexicon_english ("seed", 4) & PRECIS_POS_PAST)); /* not "see" + -d */
  ck_assert_uint_eq (precis_lexicon_english ("zqxvbw", 6), PRECIS_POS_NOUN);
  ck_assert_uint_eq (precis_lexicon_english ("quickly", 7), PRECIS_POS_ADV);
  ck_assert_uint_eq (precis_lexicon_english ("the\0ran", 7), PRECIS_POS_DET);
  ck_assert_uint_eq (precis_lexicon_english ("", 0), PRECIS_POS_NOUN);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("headline");
  TCase *tc = tcase_create ("core");
  tcase_add_loop_test (tc, test_english, 0, G_N_ELEMENTS (cases));
  tcase_add_loop_test (tc, test_shape, 0, G_N_ELEMENTS (long_sentences));
  tcase_add_test (tc, test_other_language);
  tcase_add_test (tc, test_verb_final);
  tcase_add_test (tc, test_untokenise_only_treebank);
  tcase_add_test (tc, test_every_treebank_sign);
  tcase_add_test (tc, test_degenerate);
  tcase_add_test (tc, test_rules_compiled_once_from_threads);
  tcase_add_test (tc, test_shared_headlines_read_as_headlines);
  tcase_add_test (tc, test_title_and_generated);
  tcase_add_test (tc, test_pronoun_lede);
  tcase_add_test (tc, test_wire_slugs);
  tcase_add_test (tc, test_glued_link_no_caption);
  tcase_add_test (tc, test_curly_apostrophe);
  tcase_add_test (tc, test_lexicon_lookup);
  tcase_add_test (tc, test_subject_relative_other_languages);
  tcase_add_test (tc, test_opening_phrase_other_languages);
  tcase_add_test (tc, test_object_clause_other_languages);
  tcase_add_test (tc, test_opening_phrase_more_languages);
  tcase_add_test (tc, test_unstemmed_languages_by_name);
  tcase_add_test (tc, test_main_clause_other_languages);
  tcase_add_test (tc, test_quote_marks_other_languages);
  tcase_add_test (tc, test_marks_and_runs);
  tcase_add_test (tc, test_function_words_only);
  tcase_add_test (tc, test_time_words_other_languages);
  tcase_add_test (tc, test_long_lede_other_languages);
  tcase_add_test (tc, test_leading_marks);
  tcase_add_test (tc, test_every_needle_found);
  tcase_add_test (tc, test_day_rules_start);
  tcase_add_test (tc, test_asides_and_day_words_from_their_space);
  tcase_add_test (tc, test_openings_and_dashes);
  tcase_add_test (tc, test_dated_participle_aside);
  tcase_add_test (tc, test_attribution_in_relative);
  tcase_add_test (tc, test_partitive_opening);
  tcase_add_test (tc, test_labels_and_lead_ins);
  tcase_add_test (tc, test_qualified_lead_ins);
  tcase_add_loop_test (tc, test_failure_kinds, 0, G_N_ELEMENTS (failures));
  suite_add_tcase (s, tc);
  return test_run_suite (s);
}
