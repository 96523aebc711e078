/* digest.c - many articles in, a digest of stories out: PrecisDigest.
 *
 * Each article is summarised when it is added (the summariser also counts its stemmed terms).
 * When the stories are asked for, this file calls the digest's steps in order:
 *
 * 1. grouping the articles into stories (group.c);
 * 2. the lead article of each story, the one nearest its centroid (group.c); the story's
 *    headline is the lead's title (or generated headline);
 * 3. ordering (date or size), the item limit, then sections (by source) (here);
 * 4. the summaries of the stories kept (story.c).
 *
 * Rendering (format.c) reads the stories only. Adding is O(total input); see the other files
 * for the steps.
 */
#include "config.h"

#include <string.h>

#include "base/detect.h"
#include "base/text.h"
#include "digest/digest.h"
#include "input/date.h"
#include "output/page.h"

static void
article_free (gpointer data)
{
  Article *a = data;
  g_free ((gchar *)a->meta.id);
  g_free ((gchar *)a->meta.title);
  g_free ((gchar *)a->meta.url);
  g_free ((gchar *)a->meta.source);
  g_free ((gchar *)a->meta.date);
  precis_summary_free (a->summary);
  g_free (a->headline);
  g_free (a->generated);
  g_free (a->terms);
  if (a->duplicates)
    g_ptr_array_unref (a->duplicates);
  g_free (a);
}

static void
item_free (gpointer data)
{
  Item *it = data;
  g_strfreev (it->summary);
  g_free (it->articles);
  g_free (it);
}

PrecisDigest *
precis_digest_new (PrecisSummarizer *summarizer)
{
  g_return_val_if_fail (summarizer != NULL, NULL);
  PrecisDigest *d = g_new0 (PrecisDigest, 1);
  d->summarizer = summarizer;
  d->title = g_strdup ("Digest");
  d->threshold = PRECIS_DIGEST_DEFAULT_THRESHOLD;
  d->articles = g_ptr_array_new_with_free_func (article_free);
  d->term_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->counts = g_array_new (FALSE, FALSE, sizeof (PrecisTermCount));
  d->numeric = g_byte_array_new ();
  d->key = g_string_new (NULL);
  d->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  return d;
}

void
precis_digest_free (PrecisDigest *d)
{
  if (d == NULL)
    return;
  g_free (d->title);
  g_ptr_array_unref (d->articles);
  g_hash_table_unref (d->term_ids);
  g_array_unref (d->counts);
  g_byte_array_unref (d->numeric);
  g_string_free (d->key, TRUE);
  g_hash_table_unref (d->seen);
  g_hash_table_unref (d->shared);
  if (d->languages)
    g_hash_table_unref (d->languages);
  if (d->items)
    g_ptr_array_unref (d->items);
  g_free (d);
}

static void
invalidate (PrecisDigest *d)
{
  g_clear_pointer (&d->items, g_ptr_array_unref);
}

/* A copy of a metadata string, valid UTF-8 with white space collapsed; NULL for NULL or blank. */
static gchar *
metadata_field (const gchar *s)
{
  if (s == NULL)
    return NULL;
  g_autofree gchar *valid = g_utf8_make_valid (s, -1);
  gchar *out = precis_collapse_space (valid, 0, strlen (valid));
  if (out[0] == '\0')
    g_clear_pointer (&out, g_free);
  return out;
}

gboolean
precis_digest_title_valid (const gchar *title)
{
  if (title == NULL)
    return FALSE;
  g_autofree gchar *valid = g_utf8_make_valid (title, -1);
  /* something visible: not white space (Unicode's: a no-break space shows nothing either), a
   * control character or an invisible format character (a zero-width space) */
  for (const gchar *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && !g_unichar_iscntrl (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        return TRUE;
    }
  return FALSE;
}

void
precis_digest_set_title (PrecisDigest *d, const gchar *title)
{
  /* a blank title is a mistake (the command refuses it), not a request for the default */
  g_return_if_fail (title == NULL || precis_digest_title_valid (title));
  g_autofree gchar *field = metadata_field (title);
  g_free (d->title);
  d->title = field ? g_steal_pointer (&field) : g_strdup ("Digest");
}

void
precis_digest_set_threshold (PrecisDigest *d, gdouble threshold)
{
  d->threshold = CLAMP (threshold, 1e-6, 1.0);
  invalidate (d);
}

void
precis_digest_set_order (PrecisDigest *d, PrecisDigestOrder order)
{
  d->order = order;
  invalidate (d);
}

void
precis_digest_set_sections (PrecisDigest *d, PrecisDigestSections sections)
{
  d->sections = sections;
  invalidate (d);
}

void
precis_digest_set_max_items (PrecisDigest *d, guint max_items)
{
  d->max_items = max_items;
  invalidate (d);
}

gboolean
precis_digest_set_languages (PrecisDigest *d, const gchar *const *languages, GError **error)
{
  if (d->articles->len > 0 || d->n_left_out > 0 || d->n_duplicates > 0)
    {
      /* the articles added were kept or left out by the filter in force then */
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                   "the languages are set before articles are added (%u added)",
                   d->articles->len + d->n_left_out + d->n_duplicates);
      return FALSE;
    }
  g_autoptr (GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      /* "" names no language (CLD2's table would take it for one that no article is in) */
      const gchar *name = languages[i][0] == '\0' ? NULL
                          : g_ascii_strcasecmp (languages[i], PRECIS_LANGUAGE_UNDETERMINED) == 0
                              ? PRECIS_LANGUAGE_UNDETERMINED
                              : precis_detect_language_name (languages[i]);
      if (name == NULL)
        {
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_LANGUAGE, "unknown language \"%s\"",
                       languages[i]);
          return FALSE;
        }
      g_hash_table_add (kept, (gpointer)name);
    }
  g_clear_pointer (&d->languages, g_hash_table_unref);
  if (g_hash_table_size (kept) > 0)
    d->languages = g_steal_pointer (&kept);
  return TRUE;
}

guint
precis_digest_get_n_left_out (const PrecisDigest *d)
{
  return d->n_left_out;
}

guint
precis_digest_get_n_duplicates (const PrecisDigest *d)
{
  return d->n_duplicates;
}

/* A text of fewer words is no evidence of a copy on its own: a feed's stub ("Comments", "Continue
 * reading") is the same in every item. */
#define DUPLICATE_TEXT_MIN_WORDS 20
/* Two articles of one address and outlet are one when at most one in this many of the longer's
 * sentences is not the other's, and they share this many (nearly_same_text()). */
#define DUPLICATE_SENTENCES_PER_DIFFERENT 5
#define DUPLICATE_MIN_SENTENCES 3
/* In d->seen: the key of an article left out for its language (its copies are copies). */
#define LEFT_OUT G_MAXUINT

/* Whether @address names an article: not NULL, and not a site's home page ("https://n.example",
 * "https://n.example/"; "https://n.example?p=12" is an article), which some feeds give every
 * item (the channel's link, and then the item's id): two items there share it whatever their
 * news. */
static gboolean
article_address (const gchar *address)
{
  if (address == NULL)
    return FALSE;
  if (!precis_is_web_address (address))
    return TRUE;
  const gchar *host = strstr (address, "://") + 3;
  const gchar *rest = host + strcspn (host, "/?#"); /* the path, query and fragment */
  return rest[0] != '\0' && strcmp (rest, "/") != 0;
}

/* The keys by which an article is the same as one added before (NULL-terminated, at most 3),
 * each with the article's title: "u" its address (some feeds give every item the channel's
 * address: a home page is none, article_address()), "i" its id (ids are unique within one
 * input only: two JSON Lines dumps may both number their records from 1; a feed's item without
 * one has its link); and "t" a digest of its text with white space collapsed, when the text has
 * DUPLICATE_TEXT_MIN_WORDS words or more. An untitled article is a copy by its text only. Sets
 * *@words to the text's words. The caller frees the result with g_strfreev(). */
static GStrv
duplicate_keys (const gchar *url, const gchar *id, const gchar *title, const gchar *text, gssize len,
                guint *words)
{
  gchar **keys = g_new (gchar *, 4);
  guint n = 0;
  if (article_address (url) && title != NULL)
    keys[n++] = g_strconcat ("u", url, "\x1f", title, NULL);
  if (article_address (id) && title != NULL)
    keys[n++] = g_strconcat ("i", id, "\x1f", title, NULL);
  gsize size = len < 0 ? strlen (text) : (gsize)len;
  g_autofree gchar *collapsed = precis_collapse_space (text, 0, size);
  *words = precis_count_words (collapsed, strlen (collapsed), G_MAXUINT);
  if (*words >= DUPLICATE_TEXT_MIN_WORDS)
    {
      g_autofree gchar *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, collapsed, -1);
      keys[n++] = g_strconcat ("t", sum, NULL);
    }
  keys[n] = NULL;
  return keys;
}

static int
compare_article_term (gconstpointer a, gconstpointer b)
{
  const ArticleTerm *x = a, *y = b;
  return (x->term > y->term) - (x->term < y->term);
}

/* The digest's id of @stem in @language, a new one if it is new. Terms are per language:
 * articles in two languages share none, so a name they have in common never makes them one
 * story. */
static guint
term_id (PrecisDigest *d, const gchar *language, const gchar *stem)
{
  g_string_printf (d->key, "%s\x1f%s", language, stem);
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (d->term_ids, d->key->str));
  if (id == 0)
    {
      id = ++d->n_terms;
      g_hash_table_insert (d->term_ids, g_strdup (d->key->str), GUINT_TO_POINTER (id));
      guint8 digit = g_ascii_isdigit (stem[0]);
      g_byte_array_append (d->numeric, &digit, 1);
    }
  return id - 1;
}

/* What the digest shows of an article and @kept lacks, taken from its copy @article (whose address
 * is @url): a page saved without its address gets the feed item's link, an undated or unsourced
 * copy the other's date or source. What @kept has stays. */
static void
take_missing (Article *kept, const gchar *url, const PrecisArticle *article)
{
  if (precis_is_web_address (url) && !precis_is_web_address (kept->meta.url))
    {
      g_free ((gchar *)kept->meta.url);
      kept->meta.url = g_strdup (url);
    }
  if (kept->meta.source == NULL)
    kept->meta.source = metadata_field (article->source);
  if (kept->meta.date == NULL && (kept->meta.date = metadata_field (article->date)) != NULL)
    kept->time = precis_date_parse (kept->meta.date);
}

/* Article @article (address @url, id @id, its keys @keys) is a copy of the article added
 * @first - 1: left out, counted, its id kept with the first, which takes what it lacks. */
static void
fold_copy (PrecisDigest *d, guint first, const gchar *const *keys, const gchar *url, const gchar *id,
           const PrecisArticle *article)
{
  Article *kept = d->articles->pdata[first - 1];
  take_missing (kept, url, article);
  for (guint j = 0; keys[j] != NULL; j++) /* (a later copy of the copy is one too) */
    if (!g_hash_table_contains (d->seen, keys[j]))
      g_hash_table_insert (d->seen, g_strdup (keys[j]), GUINT_TO_POINTER (first));
  if (kept->duplicates == NULL)
    kept->duplicates = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (kept->duplicates, g_strdup (id ? id : url ? url : ""));
  d->n_duplicates++;
  invalidate (d);
}

/* The distinct texts of @sum's sentences that tell the news (not furniture), as a set. */
static GHashTable *
news_sentences (const PrecisSummary *sum)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < precis_summary_get_n_document_sentences (sum); i++)
    {
      const PrecisSentence *p = precis_summary_get_document_sentence (sum, i);
      if (!p->furniture)
        g_hash_table_add (set, (gpointer)p->text);
    }
  return set;
}

/* The words of @sum's sentences that tell the news (not furniture: a credit or a call to subscribe
 * is no more article). */
static guint
news_words (const PrecisSummary *sum)
{
  guint n = 0;
  for (guint i = 0; i < precis_summary_get_n_document_sentences (sum); i++)
    {
      const PrecisSentence *p = precis_summary_get_document_sentence (sum, i);
      if (!p->furniture)
        n += precis_count_words (p->text, strlen (p->text), G_MAXUINT);
    }
  return n;
}

/* Whether summaries @x and @y are of nearly the same text: the same lede (a feed's items that
 * share a sign-off, or a greeting, differ in it), and of the distinct sentences that are not
 * furniture, at least DUPLICATE_MIN_SENTENCES shared and at most one in
 * DUPLICATE_SENTENCES_PER_DIFFERENT of the larger set's not in the other (a saved page's line
 * more). Symmetric: a sentence written twice counts once. O(sentences). */
static gboolean
nearly_same_text (const PrecisSummary *x, const PrecisSummary *y)
{
  if (x->lede == PRECIS_NONE || y->lede == PRECIS_NONE
      || strcmp (x->all[x->lede].text, y->all[y->lede].text) != 0)
    return FALSE;
  g_autoptr (GHashTable) in_x = news_sentences (x);
  g_autoptr (GHashTable) in_y = news_sentences (y);
  guint nx = g_hash_table_size (in_x), ny = g_hash_table_size (in_y), shared = 0;
  GHashTableIter it;
  gpointer text;
  g_hash_table_iter_init (&it, in_x);
  while (g_hash_table_iter_next (&it, &text, NULL))
    shared += g_hash_table_contains (in_y, text);
  guint n = MAX (nx, ny);
  return shared >= DUPLICATE_MIN_SENTENCES && (n - shared) * DUPLICATE_SENTENCES_PER_DIFFERENT <= n;
}

/* A news sentence is its source's boilerplate when this many of the source's articles hold it
 * (discount_shared()). */
#define SHARED_MIN_ARTICLES 3

/* An article that holds a news sentence of its source's (discount_shared()). */
typedef struct
{
  guint article;
  gboolean lead;       /* the sentence is in its lead (PRECIS_LEAD_SENTENCES) */
  gboolean discounted; /* its terms are no longer the article's */
} SharedHolder;

/* The lede of @a's summary, or "" when it has none. */
static const gchar *
lede_text (const Article *a)
{
  return a->summary->lede != PRECIS_NONE ? a->summary->all[a->summary->lede].text : "";
}

/* Takes the terms of one sentence (@counts, of PrecisTermCount, in @language), counted in its lead
 * when @lead, out of @a's: a term left with no occurrence and not in the title goes. */
static void
discount_terms (PrecisDigest *d, Article *a, const gchar *language, const GArray *counts, gboolean lead)
{
  for (guint i = 0; i < counts->len; i++)
    {
      const PrecisTermCount *c = &g_array_index (counts, PrecisTermCount, i);
      ArticleTerm key = { .term = term_id (d, language, c->stem) };
      ArticleTerm *t = bsearch (&key, a->terms, a->n_terms, sizeof (ArticleTerm), compare_article_term);
      if (t == NULL)
        continue;
      t->count -= MIN (t->count, c->count);
      if (lead)
        t->lead -= MIN (t->lead, c->count);
      t->lead = MIN (t->lead, t->count);
      t->capitalised = MIN (t->capitalised, t->count);
      t->initial = MIN (t->initial, t->count);
    }
  guint m = 0;
  for (guint k = 0; k < a->n_terms; k++)
    if (a->terms[k].count > 0 || a->terms[k].title > 0)
      a->terms[m++] = a->terms[k];
  a->n_terms = m;
}

/* A news sentence that three or more articles of one source (SHARED_MIN_ARTICLES) write word for
 * word while their ledes differ is the source's boilerplate (a sign-off, a call to subscribe, a note
 * on corrections), not their news: its terms are taken out of each such article's, so that the
 * grouping does not read it as news the articles share (three items of one feed ending on the same
 * four lines are three stories). Two articles are not enough: a story its source re-tops (a new lede
 * and title over the same body) shares its body with the first version, and stays one story; two
 * items of a source that share only a sign-off may then join (the known limit, as without a source),
 * and three versions of one story, each under a new lede, may split. Called as article @index (@a, in
 * @language) is added: each of its news sentences is looked up among the earlier articles of its source and
 * language; whatever the order of the articles, a sentence ends discounted in every article that
 * holds it once three do and two of their ledes differ. O(sentences), and a tokenizer run for each
 * sentence discounted. */
static void
discount_shared (PrecisDigest *d, Article *a, guint index, const gchar *language)
{
  if (a->meta.source == NULL)
    return;
  const PrecisSummary *sum = a->summary;
  guint counted = 0;
  for (guint i = 0; i < sum->n_all; i++)
    {
      const PrecisSentence *p = &sum->all[i];
      if (p->furniture || p->text[0] == '\0')
        continue;
      gboolean lead = counted++ < PRECIS_LEAD_SENTENCES;
      g_autofree gchar *key = g_strconcat (a->meta.source, "\x1f", language, "\x1f", p->text, NULL);
      GArray *holders = g_hash_table_lookup (d->shared, key);
      if (holders == NULL)
        {
          holders = g_array_new (FALSE, FALSE, sizeof (SharedHolder));
          g_hash_table_insert (d->shared, g_steal_pointer (&key), holders);
        }
      SharedHolder self = { index, lead, FALSE };
      gboolean repeated = FALSE; /* the sentence twice in this article */
      for (guint h = 0; h < holders->len; h++)
        repeated |= g_array_index (holders, SharedHolder, h).article == index;
      if (repeated)
        continue;
      g_array_append_val (holders, self);
      if (holders->len < SHARED_MIN_ARTICLES)
        continue;
      /* (once discounted, the first holder says the ledes differ) */
      gboolean ledes_differ = g_array_index (holders, SharedHolder, 0).discounted;
      const gchar *first_lede
          = lede_text (d->articles->pdata[g_array_index (holders, SharedHolder, 0).article]);
      for (guint h = 1; h < holders->len && !ledes_differ; h++)
        ledes_differ
            = strcmp (first_lede,
                      lede_text (d->articles->pdata[g_array_index (holders, SharedHolder, h).article]))
              != 0;
      if (!ledes_differ)
        continue;
      gboolean counted_now = FALSE;
      for (guint h = 0; h < holders->len; h++)
        {
          SharedHolder *holder = &g_array_index (holders, SharedHolder, h);
          if (holder->discounted)
            continue;
          if (!counted_now)
            {
              g_array_set_size (d->counts, 0);
              precis_summarizer_count_text (d->summarizer, p->text, -1, d->counts);
              counted_now = TRUE;
            }
          discount_terms (d, d->articles->pdata[holder->article], language, d->counts, holder->lead);
          holder->discounted = TRUE;
        }
    }
  g_array_set_size (d->counts, 0);
}

/* Takes article @index (@a, about to be replaced by a fuller copy of it) out of the holders of its
 * source's sentences (discount_shared()), so that its copy is looked up as the article there. */
static void
forget_shared (PrecisDigest *d, const Article *a, guint index)
{
  if (a->meta.source == NULL)
    return;
  const PrecisSummary *sum = a->summary;
  for (guint i = 0; i < sum->n_all; i++)
    {
      /* (as discount_shared() holds only news sentences, no other is looked up) */
      if (sum->all[i].furniture || sum->all[i].text[0] == '\0')
        continue;
      g_autofree gchar *key = g_strconcat (a->meta.source, "\x1f", precis_summary_get_language (sum), "\x1f",
                                           sum->all[i].text, NULL);
      GArray *holders = g_hash_table_lookup (d->shared, key);
      for (guint h = holders != NULL ? holders->len : 0; h > 0; h--)
        if (g_array_index (holders, SharedHolder, h - 1).article == index)
          g_array_remove_index (holders, h - 1);
    }
}

/* Puts @a in place of article @index, a copy of it with less text (tryout29 #2): @a takes what it
 * lacks from it, and its copies; it is counted as a copy left out. */
static void
replace_copy (PrecisDigest *d, Article *a, guint index, const gchar *language)
{
  Article *old = d->articles->pdata[index];
  take_missing (a, old->meta.url, &old->meta);
  a->duplicates = g_steal_pointer (&old->duplicates);
  if (a->duplicates == NULL)
    a->duplicates = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_insert (a->duplicates, 0,
                      g_strdup (old->meta.id    ? old->meta.id
                                : old->meta.url ? old->meta.url
                                                : ""));
  d->n_duplicates++;
  forget_shared (d, old, index);
  d->articles->pdata[index] = a;
  article_free (old);
  discount_shared (d, a, index, language);
}

gboolean
precis_digest_add (PrecisDigest *d, const PrecisArticle *article, GError **error)
{
  const gchar *text = article->text ? article->text : "";
  gssize len = article->text ? article->len : 0;
  g_autofree gchar *title = metadata_field (article->title);
  if ((len == 0 || (len < 0 && text[0] == '\0')) && title == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGUMENT,
                   "the article has neither text nor a title");
      return FALSE;
    }
  /* A copy of an article added before (two feeds of one outlet carry the same item; a file
   * given twice) is that article: left out, counted, its id kept with the first. */
  g_autofree gchar *url = metadata_field (article->url);
  g_autofree gchar *id = metadata_field (article->id);
  guint words = 0;
  g_auto (GStrv) keys = duplicate_keys (url, id, title, text, len, &words);
  /* Of copies, the one with the most article text (words of news, not furniture) is kept, whatever
   * their order (a feed's blurb and the page it links to): this one takes the place of a copy with
   * fewer, index + 1. A copy with no more words in all than the kept one's news is left out unread;
   * of copies with as much, the first stays. */
  guint replace = 0;
  gboolean copy_of_left_out = FALSE;
  for (guint k = 0; keys[k] != NULL && replace == 0; k++)
    {
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (d->seen, keys[k]));
      if (first == LEFT_OUT)
        {
          /* a copy of an article left out for its language, when it is read in a language left
           * out too: a copy, not another article in another language (tryout29 #14) */
          copy_of_left_out = TRUE;
          continue;
        }
      if (first != 0 && words > ((const Article *)d->articles->pdata[first - 1])->words)
        replace = first;
      else if (first != 0)
        {
          fold_copy (d, first, (const gchar *const *)keys, url, id, article);
          return TRUE;
        }
    }
  /* An outlet's update of an item (a feed's item again under a new title: the same id, address and
   * source, dated later) is that item, its newer version kept whatever the order (tryout29 #1). */
  g_autofree gchar *source = metadata_field (article->source);
  g_autofree gchar *version = article_address (url) && article_address (id) && source != NULL
                                  ? g_strconcat ("v", id, "\x1f", url, "\x1f", source, NULL)
                                  : NULL;
  guint older = version != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (d->seen, version)) : 0;
  gboolean update = FALSE;
  if (replace == 0 && older != 0 && older != LEFT_OUT)
    {
      g_autofree gchar *date = metadata_field (article->date);
      gint64 time = precis_date_parse (date);
      if (time == G_MININT64 || time <= ((const Article *)d->articles->pdata[older - 1])->time)
        {
          fold_copy (d, older, (const gchar *const *)keys, url, id, article);
          return TRUE;
        }
      replace = older;
      update = TRUE;
    }

  g_array_set_size (d->counts, 0);
  PrecisSummary *sum = precis_summarizer_run_counting (d->summarizer, text, len, title, d->counts, error);
  if (sum == NULL)
    return FALSE;
  guint words_of_news = news_words (sum); /* copies are weighed by it (the fullest is kept) */
  if (replace != 0 && !update && words_of_news <= ((const Article *)d->articles->pdata[replace - 1])->words)
    {
      precis_summary_free (sum);
      fold_copy (d, replace, (const gchar *const *)keys, url, id, article);
      return TRUE;
    }
  if (precis_summary_get_n_document_sentences (sum) == 0 && title == NULL
      && precis_summary_get_title (sum) == NULL)
    {
      /* White space (or marks) only, and no title: nothing to show, as precis batch refuses it. */
      precis_summary_free (sum);
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NO_TEXT,
                   "no text to summarise (the article's text is white space only, and it has no title)");
      return FALSE;
    }
  /* A copy under another title (a feed's item and the page saved from it, headed otherwise): the
   * same address and outlet, and nearly the same text. */
  g_autofree gchar *place
      = article_address (url) && source != NULL ? g_strconcat ("s", url, "\x1f", source, NULL) : NULL;
  guint same_place = place != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (d->seen, place)) : 0;
  if (replace == 0 && same_place != 0
      && nearly_same_text (((const Article *)d->articles->pdata[same_place - 1])->summary, sum))
    {
      if (words_of_news > ((const Article *)d->articles->pdata[same_place - 1])->words)
        replace = same_place;
      else
        {
          precis_summary_free (sum);
          fold_copy (d, same_place, (const gchar *const *)keys, url, id, article);
          return TRUE;
        }
    }
  const gchar *language = precis_summary_get_language (sum);
  if (replace != 0 && d->languages != NULL && !g_hash_table_contains (d->languages, language))
    {
      /* the fuller copy read in a language left out: the copy kept stays */
      precis_summary_free (sum);
      fold_copy (d, replace, (const gchar *const *)keys, url, id, article);
      return TRUE;
    }
  if (d->languages != NULL && !g_hash_table_contains (d->languages, language))
    {
      precis_summary_free (sum);
      if (copy_of_left_out)
        {
          d->n_duplicates++;
          return TRUE;
        }
      d->n_left_out++;
      for (guint k = 0; keys[k] != NULL; k++)
        if (!g_hash_table_contains (d->seen, keys[k]))
          g_hash_table_insert (d->seen, g_strdup (keys[k]), GUINT_TO_POINTER (LEFT_OUT));
      return TRUE;
    }
  guint slot = replace != 0 ? replace : d->articles->len + 1;
  for (guint k = 0; keys[k] != NULL; k++)
    if (!g_hash_table_contains (d->seen, keys[k])
        || GPOINTER_TO_UINT (g_hash_table_lookup (d->seen, keys[k])) == LEFT_OUT)
      g_hash_table_insert (d->seen, g_strdup (keys[k]), GUINT_TO_POINTER (slot));
  if (same_place == 0 && place != NULL)
    g_hash_table_insert (d->seen, g_steal_pointer (&place), GUINT_TO_POINTER (slot));
  if (older == 0 && version != NULL)
    g_hash_table_insert (d->seen, g_steal_pointer (&version), GUINT_TO_POINTER (slot));

  Article *a = g_new0 (Article, 1);
  a->summary = sum;
  a->words = words_of_news;
  a->meta.id = g_steal_pointer (&id);
  a->meta.url = g_steal_pointer (&url);
  a->meta.source = g_steal_pointer (&source);
  a->meta.date = metadata_field (article->date);
  a->meta.len = -1;
  a->time = precis_date_parse (a->meta.date);
  /* a text's title line, or the title given as the summary reads it (a wire's "UPDATE 2-" gone) */
  if (title == NULL || precis_summary_get_title (sum) != NULL)
    {
      g_free (title);
      title = metadata_field (precis_summary_get_title (sum));
    }
  const gchar *headline = precis_summary_get_headline (sum);
  a->headline = g_strdup (title ? title : headline[0] ? headline : a->meta.id ? a->meta.id : "Untitled");
  /* --headline=generated: the story's headline is made from the lede (a text without a sentence
   * to make one from keeps its title); the sources keep their titles. */
  if (precis_summarizer_get_headline_mode (d->summarizer) == PRECIS_HEADLINE_GENERATED
      && precis_summary_get_headline_source (sum) == PRECIS_HEADLINE_SOURCE_GENERATED && headline[0] != '\0')
    a->generated = g_strdup (headline);
  a->meta.title = g_steal_pointer (&title);

  /* The text's terms, then the title's, merged by term id (each stem is looked up before the
   * next tokenizer run, which may reuse its memory). */
  guint n_text = d->counts->len;
  GArray *all_terms = g_array_new (FALSE, FALSE, sizeof (ArticleTerm));
  for (guint i = 0; i < n_text; i++)
    {
      const PrecisTermCount *c = &g_array_index (d->counts, PrecisTermCount, i);
      ArticleTerm t = { term_id (d, language, c->stem), c->count, c->lead, c->capitalised, 0, c->initial, 0 };
      g_array_append_val (all_terms, t);
    }
  g_array_set_size (d->counts, 0);
  if (a->meta.title != NULL)
    precis_summarizer_count_text (d->summarizer, a->meta.title, -1, d->counts);
  for (guint i = 0; i < d->counts->len; i++)
    {
      const PrecisTermCount *c = &g_array_index (d->counts, PrecisTermCount, i);
      ArticleTerm t = { term_id (d, language, c->stem), 0, 0, 0, c->count, 0, c->acronym };
      g_array_append_val (all_terms, t);
    }
  guint n_all = all_terms->len;
  g_autofree ArticleTerm *all = (ArticleTerm *)(gpointer)g_array_free (all_terms, FALSE);
  if (n_all > 1)
    qsort (all, n_all, sizeof (ArticleTerm), compare_article_term);
  a->terms = g_new (ArticleTerm, MAX (n_all, 1));
  for (guint i = 0; i < n_all; i++)
    if (a->n_terms > 0 && a->terms[a->n_terms - 1].term == all[i].term)
      {
        ArticleTerm *t = &a->terms[a->n_terms - 1];
        t->count += all[i].count;
        t->lead += all[i].lead;
        t->capitalised += all[i].capitalised;
        t->title += all[i].title;
        t->initial += all[i].initial;
        t->acronym += all[i].acronym;
      }
    else
      a->terms[a->n_terms++] = all[i];
  if (replace != 0)
    replace_copy (d, a, replace - 1, language);
  else
    {
      g_ptr_array_add (d->articles, a);
      discount_shared (d, a, d->articles->len - 1, language);
    }
  invalidate (d);
  return TRUE;
}

guint
precis_digest_get_n_articles (const PrecisDigest *d)
{
  return d->articles->len;
}

const PrecisArticle *
precis_digest_get_article (const PrecisDigest *d, guint i)
{
  g_return_val_if_fail (i < d->articles->len, NULL);
  return &((Article *)d->articles->pdata[i])->meta;
}

/* ---- 3. Order and sections ---- */

static gint
compare_items (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const Item *x = *(const Item *const *)pa, *y = *(const Item *const *)pb;
  if (*(const PrecisDigestOrder *)data == PRECIS_DIGEST_ORDER_SIZE && x->pub.n_articles != y->pub.n_articles)
    return x->pub.n_articles < y->pub.n_articles ? 1 : -1;
  int c = precis_digest_compare_time_desc (x->time, y->time);
  if (c != 0)
    return c;
  /* The story whose first article came first. */
  return (x->first > y->first) - (x->first < y->first);
}

gboolean
precis_digest_source_within (const gchar *source, const gchar *section)
{
  if (source == NULL || section == NULL)
    return FALSE;
  if (!g_str_has_prefix (source, section))
    return FALSE;
  const gchar *rest = source + strlen (section);
  static const gchar *const separators[] = { ": ", " - ", " \u2013 ", " \u2014 ", " | ", " \u00b7 " };
  if (rest[0] == '\0')
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (separators); k++)
    if (g_str_has_prefix (rest, separators[k]) && rest[strlen (separators[k])] != '\0')
      return TRUE;
  return FALSE;
}

/* One section per outlet: a story's section is the shortest of the sections shown that its source
 * is within (precis_digest_source_within()), so "Norland Times: Business" joins "Norland Times" when
 * both are shown, and stays its own section otherwise. O(sections²) of the stories kept. */
static void
merge_sections (PrecisDigest *d)
{
  for (guint i = 0; i < d->items->len; i++)
    {
      Item *it = d->items->pdata[i];
      const gchar *best = it->pub.section;
      for (guint j = 0; best != NULL && j < d->items->len; j++)
        {
          const gchar *other = ((const Item *)d->items->pdata[j])->pub.section;
          if (other != NULL && strlen (other) < strlen (best) && precis_digest_source_within (best, other))
            best = other;
        }
      it->pub.section = best;
    }
}

/* By section name (case-insensitively, then bytewise; no section last), then by rank. */
static int
compare_sections (gconstpointer pa, gconstpointer pb)
{
  const Item *x = *(const Item *const *)pa, *y = *(const Item *const *)pb;
  const gchar *sx = x->pub.section, *sy = y->pub.section;
  if (sx != NULL && sy != NULL)
    {
      g_autofree gchar *fx = g_utf8_casefold (sx, -1);
      g_autofree gchar *fy = g_utf8_casefold (sy, -1);
      int c = strcmp (fx, fy);
      if (c == 0)
        c = strcmp (sx, sy);
      if (c != 0)
        return c;
    }
  else if (sx != sy)
    return sx == NULL ? 1 : -1;
  return (x->rank > y->rank) - (x->rank < y->rank);
}

static void
build_items (PrecisDigest *d)
{
  guint n = d->articles->len;
  d->items = g_ptr_array_new_with_free_func (item_free);
  if (n == 0)
    return;
  PrecisDigestWeights w;
  precis_digest_weights_build (d, &w);
  g_autofree guint *parent = g_new (guint, n);
  precis_digest_group (d, &w, parent);

  /* Members of each story, in the order added (counting sort by root). */
  g_autofree guint *start = g_new0 (guint, n + 1);
  for (guint a = 0; a < n; a++)
    start[parent[a] + 1]++;
  for (guint a = 0; a < n; a++)
    start[a + 1] += start[a];
  g_autofree guint *fill = g_memdup2 (start, sizeof (guint) * (n + 1));
  g_autofree guint *members = g_new (guint, n);
  for (guint a = 0; a < n; a++)
    members[fill[parent[a]]++] = a;

  g_autofree gdouble *centroid = g_new0 (gdouble, MAX (d->n_terms, 1));
  for (guint root = 0; root < n; root++)
    {
      guint count = start[root + 1] - start[root];
      if (count == 0)
        continue;
      Item *it = g_new0 (Item, 1);
      it->articles = g_memdup2 (members + start[root], sizeof (guint) * count);
      precis_digest_order_members (d, &w, it->articles, count, centroid);
      const Article *lead = d->articles->pdata[it->articles[0]];
      it->first = root; /* the smallest index of the story: its union-find root */
      it->time = G_MININT64;
      for (guint m = 0; m < count; m++)
        it->time = MAX (it->time, ((const Article *)d->articles->pdata[it->articles[m]])->time);
      it->pub.headline = lead->generated ? lead->generated : lead->headline;
      for (guint m = 0; m < count && d->sections == PRECIS_DIGEST_SECTIONS_SOURCE && !it->pub.section; m++)
        it->pub.section = ((const Article *)d->articles->pdata[it->articles[m]])->meta.source;
      it->pub.articles = it->articles;
      it->pub.n_articles = count;
      g_ptr_array_add (d->items, it);
    }
  precis_digest_weights_clear (&w);

  g_ptr_array_sort_with_data (d->items, compare_items, &d->order);
  if (d->max_items > 0 && d->items->len > d->max_items)
    g_ptr_array_set_size (d->items, d->max_items);
  for (guint i = 0; i < d->items->len; i++)
    ((Item *)d->items->pdata[i])->rank = i;
  if (d->sections == PRECIS_DIGEST_SECTIONS_SOURCE)
    {
      merge_sections (d);
      g_ptr_array_sort (d->items, compare_sections);
    }

  /* Summaries last: only the stories kept. */
  for (guint i = 0; i < d->items->len; i++)
    {
      Item *it = d->items->pdata[i];
      it->summary = precis_digest_story_summary (d, it->articles, it->pub.n_articles);
      it->pub.summary = (const gchar *const *)it->summary;
    }
}

guint
precis_digest_get_n_items (PrecisDigest *d)
{
  if (d->items == NULL)
    build_items (d);
  return d->items->len;
}

const PrecisDigestItem *
precis_digest_get_item (PrecisDigest *d, guint i)
{
  g_return_val_if_fail (i < precis_digest_get_n_items (d), NULL);
  return &((Item *)d->items->pdata[i])->pub;
}
