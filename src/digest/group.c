/* group.c - the digest's articles in, its stories out.
 *
 * Every article becomes an L2-normalised tf-idf vector of its stems (less those of its source's
 * boilerplate, sentences it shares word for word with an article of another lede: digest.c,
 * discount_shared()) in which what tells one
 * event from another weighs most: a term's frequency counts each occurrence in the lead (the
 * first PRECIS_LEAD_SENTENCES sentences) 1 + LEAD_WEIGHT times and each in the title
 * TITLE_WEIGHT times; tf is sublinear (1 + log tf), idf log (1 + max (N, IDF_MIN_ARTICLES) / df)
 * over the digest's N articles; names (terms the article mostly writes capitalised inside a
 * sentence) weigh NAME_WEIGHT times and numbers NUMBER_WEIGHT times as much, so that two
 * reports naming different people, places or scores are far apart even when they share the
 * vocabulary of their kind of event. Candidate pairs come from an inverted index over each
 * article's TOP_TERMS heaviest terms that some other article has too; a pair's similarity is
 * its cosine, multiplied by DATE_FACTOR when both are dated more than DATE_GAP_DAYS apart, and
 * 0 when the key names of their titles disagree (KEY_SHARE: two results or rate decisions
 * written to one formula for different clubs or banks). A pair whose titles share a key name
 * and nothing else, neither in names nor in event words (EVENT_SHARE: two events at one named
 * place), is apart.
 *
 * Stories are then formed by average linkage (group-average agglomerative clustering) over
 * these pairs. Near copies (COPY_SIMILARITY) start as one story, and their pairs are not
 * compared again; then the two stories whose articles are the most similar on average (a pair never
 * compared, or under EDGE_FLOOR, counts as 0) are merged, while that average reaches the
 * threshold. A story grows only with articles close to most of its members, so one close pair
 * does not chain two stories together as single link did. The merges are taken from a heap of
 * candidate pairs of stories, ties by position (the smaller first index), and a story keeps
 * its smallest article index: no result depends on hash-table order. Pairs apart only part:
 * the stories are first formed as if they were linked, then each is formed again from its own
 * articles with them counted against (APART_WEIGHT). Formed once without them, an article
 * parted from one story would join another through weaker links that its first story had
 * outweighed (bench/RESULTS.md, session 20).
 *
 * The lead article of a story is the one nearest its centroid of those with the most of a date and
 * a web address (of equally near ones, as the two
 * of a story of two always are, the newest, then by title, id and address: never by the order
 * of the inputs), unless its outlet reported the story again later under a title naming its title's key names
 * (tells_title; not a side piece on someone in the story): then its newest update leads; the others follow,
 * newest first. Work: at most N x TOP_TERMS x PAIR_WINDOW cosines, then E log E for the E pairs kept (each
 * merge re-reads the pairs of the two stories it joins), twice where some pair is apart.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "base/text.h"
#include "digest/digest.h"
#include "output/page.h"

/* Terms per article used to find candidate pairs: a story's articles share their heaviest
 * terms (names, places), so a short list finds them without comparing every pair. */
#define TOP_TERMS 12
/* Each article is compared, for each of its top terms, with at most this many of the articles
 * before it that share the term (the nearest): a story's own terms are shared by a few
 * articles, so this bounds the work to O(N x TOP_TERMS x PAIR_WINDOW) without losing its pairs;
 * a thousand copies of one article still form one story. */
#define PAIR_WINDOW 64
/* A digest of fewer articles cannot tell a common word from a story's own (two reports of one
 * event out of four articles would have their shared names weigh less than their differences):
 * below this size idf is computed as if the digest had this many articles, which flattens it
 * toward plain term frequency (stopwords are already gone). */
#define IDF_MIN_ARTICLES 1000
/* Extra weight of a lead occurrence and weight of a title occurrence: a report states its
 * event in its title and first sentences, while the rest holds background that two events of
 * one kind share. */
#define LEAD_WEIGHT 1.0
#define TITLE_WEIGHT 2.0
/* Weight of a name and of a number relative to other words: two events of one kind (two
 * title fights, two coaches fired) share their vocabulary and differ in who, where and how
 * many. Chosen on half of the ECB+ dev topics (bench/RESULTS.md, issue #19); 2-5 and 1.5-3
 * score within 0.01 of each other. */
#define NAME_WEIGHT 3.0
#define NUMBER_WEIGHT 2.0
/* Two dated reports further apart than this seldom tell one story in a digest; their
 * similarity is multiplied by DATE_FACTOR. */
#define DATE_GAP_DAYS 30
#define DATE_FACTOR 0.5
/* Pairs at least this similar are near copies (one text republished, an update): they start
 * as one story before the averaging, so that the pairs PAIR_WINDOW leaves uncompared among a
 * thousand copies do not count against them. */
#define COPY_SIMILARITY 0.9
/* A pair whose similarity is mostly one shared term (more than this share of the dot product)
 * is compared without it: one name in common (a town, a club) is no evidence of one event.
 * In three-sentence items a town named in both titles is most of their similarity; in
 * full reports of one event the similarity is spread over many terms. Chosen on ECB+ dev
 * half A (unchanged from 0.65 to 0.8; 0.6 costs A 0.009 F1), bench/RESULTS.md. */
#define SOLE_TERM_SHARE 0.65
/* Pairs less similar than this are not kept for the clustering (they count as 0): they hardly
 * move an average, and dropping them keeps the pair list short. */
#define EDGE_FLOOR 0.05
/* Two reports whose titles name different things (Arsenal beat Chelsea, Liverpool beat
 * Everton; the Bank of England, the Bank of Japan) are different stories, however much of
 * their wording agrees: when the key names of each title (is_key, weighted by log (N / df)
 * over the digest, so that a name most articles share counts little) are found in the other
 * article for less than this share of their weight, both ways, the pair is not linked (near
 * copies excepted). Reports of one event name its who and where in each other's text.
 * Chosen on ECB+ dev half A: 0.3 to 0.4 score best there (0.5 costs 0.005 F1, 0.6 0.014),
 * bench/RESULTS.md, session 18. */
#define KEY_SHARE 0.35
/* Two reports from one named place or institution (a hospital's new wing and its nurses'
 * strike; a bridge closed by a crash and lit for a festival) share their titles' names and
 * little else: when their titles share a key name, neither title has a key name that the other
 * article has in its text only (reports of one event name each other's who and where:
 * "Liverpool beat Chelsea ..." and "Salah strikes late as Reds lift Cup"), and the words of
 * each title that are no names (its event words, is_event, weighted by the vectors' idf; a word
 * that is a key name of the other title is part of the name there: "primary school" of
 * "Kingsbridge Primary School") are found in the other article for at most this share of their
 * weight, both ways (0: none of them), they tell different events and the pair is not linked
 * (near copies excepted). Reports of one event at one place name what happened in each other's
 * words ("closed", "crash"). Set by the user's cases (tryout21 #2); ECB+ dev unchanged,
 * bench/RESULTS.md, session 20. */
#define EVENT_SHARE 0.0
/* Such a pair only parts (precis_digest_group): the stories are formed first as if it were
 * linked, then each again from its own articles, where the pair counts against a merge as much
 * as it counted for it (this times its similarity). At 0 (not linked) the averages of a story's
 * other links kept some such pairs together; a bar on any merge across such a pair (a story
 * never joins one it has a pair apart with) parted ECB+ stories of one event (B F1 0.851 ->
 * 0.841). On the news sets -1 to -2 part the same pairs, bench/RESULTS.md, session 20. */
#define APART_WEIGHT -1.0
/* A title of one event word ("Harwick beat Dunmore 2-0", "Dunmore beaten at Harwick") says too
 * little of what happened for the test: it needs this many on both sides. */
#define EVENT_WORDS 2

/* Labels of comment, not report: an address's path section ("/opinion/", "/commentisfree/"), a
 * title's label before or after a separator ("Opinion: ...", "... | Comment", "Letter to the
 * editor: ..."), a source's section ("Norland Times: Opinion"), in any case. */
static const gchar *const OPINION_LABELS[] = { "opinion",
                                               "opinions",
                                               "comment",
                                               "commentisfree",
                                               "editorial",
                                               "editorials",
                                               "op-ed",
                                               "op-eds",
                                               "oped",
                                               "column",
                                               "columns",
                                               "columnist",
                                               "columnists",
                                               "viewpoint",
                                               "viewpoints",
                                               "letters",
                                               "letter",
                                               "letter to the editor",
                                               "letters to the editor" };

/* A name: a term the article writes capitalised inside a sentence more often than not. */
static gboolean
is_name (const ArticleTerm *t)
{
  return (t->capitalised > 0 && 2 * t->capitalised > t->count);
}

/* Whether @art's capitals tell its names: not in a script without case (Chinese, Japanese,
 * Arabic, Hindi...) or a text in one case, where no term is capitalised inside a sentence, nor
 * in German, which capitalises every noun. */
static gboolean
has_names (const Article *art)
{
  if (g_strcmp0 (precis_summary_get_language (art->summary), "german") == 0)
    return FALSE;
  for (guint k = 0; k < art->n_terms; k++)
    if (art->terms[k].capitalised > 0)
      return TRUE;
  return FALSE;
}

/* A key name of a title: a name, a number, a word in capitals ("ECB"), or a word the text
 * writes only with a capital, some of them at a sentence's start ("Tesco said ..."). */
static gboolean
is_key (const PrecisDigest *d, const ArticleTerm *t)
{
  return t->title > 0
         && (is_name (t) || d->numeric->data[t->term] || t->acronym > 0
             || (t->count > 0 && t->capitalised + t->initial == t->count));
}

/* PrecisDigestWeights.flags: a key name of the article's title; a term of its title. */
enum
{
  TERM_KEY = 1,
  TERM_TITLE = 2
};

/* An event word of a title: a title's term that is no key name and that the text never writes
 * with a capital inside a sentence ("opens", "wing", "strike" in titles naming St Mary's
 * Hospital, which the text writes "the hospital" too). */
static gboolean
is_event (const PrecisDigest *d, const ArticleTerm *t)
{
  return t->title > 0 && !is_key (d, t) && t->capitalised == 0;
}

static gboolean
is_opinion_label (const gchar *s, gsize len)
{
  return precis_ascii_word_in (s, len, OPINION_LABELS, G_N_ELEMENTS (OPINION_LABELS));
}

/* Whether @text (a title or source) opens with an opinion label and a separator ("Opinion: ...",
 * "OPINION | ...") or, when @tail, ends on one after a separator ("... | Opinion") or is one. */
static gboolean
labelled_opinion (const gchar *text, gboolean tail)
{
  static const gchar *const separators[] = { ": ", " - ", " \u2013 ", " \u2014 ", " | ", " \u00b7 " };
  if (text == NULL)
    return FALSE;
  gsize len = strlen (text);
  if (tail && is_opinion_label (text, len))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (separators); k++)
    {
      const gchar *at = strstr (text, separators[k]);
      if (at != NULL && is_opinion_label (text, (gsize)(at - text)))
        return TRUE;
      const gchar *last = NULL;
      for (const gchar *p = at; p != NULL; p = strstr (p + 1, separators[k]))
        last = p;
      if (tail && last != NULL)
        {
          const gchar *end = last + strlen (separators[k]);
          if (is_opinion_label (end, len - (gsize)(end - text)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether article @art is comment (an opinion piece, a column, an editorial, a letter), not a
 * report of the event (tryout29 #5): a section of its address's path is an opinion label
 * ("https://n.example/opinion/2026/11/30/...", "/commentisfree/"), its title opens with one and a
 * separator or ends on one after a separator ("Opinion: ...", "... | Comment"), or its source is
 * one or ends on one ("Norland Times: Opinion"). Only the address's path is read, not its host or
 * query. */
static gboolean
is_opinion (const Article *art)
{
  if (labelled_opinion (art->meta.title, TRUE) || labelled_opinion (art->meta.source, TRUE))
    return TRUE;
  const gchar *url = art->meta.url;
  if (!precis_is_web_address (url))
    return FALSE;
  /* the host ends at the path, the query or the fragment: "https://x.example?from=/opinion/"
   * has no path */
  const gchar *p = strstr (url, "://");
  p = p != NULL ? p + 3 + strcspn (p + 3, "/?#") : NULL;
  while (p != NULL && *p == '/')
    {
      const gchar *start = p + 1;
      gsize n = strcspn (start, "/?#");
      if (is_opinion_label (start, n))
        return TRUE;
      p = start + n;
    }
  return FALSE;
}

void
precis_digest_weights_build (const PrecisDigest *d, PrecisDigestWeights *w)
{
  guint n = d->articles->len;
  guint *df = w->df = g_new0 (guint, MAX (d->n_terms, 1));
  w->row = g_new (guint, n + 1);
  guint total = 0;
  for (guint a = 0; a < n; a++)
    {
      const Article *art = d->articles->pdata[a];
      w->row[a] = total;
      total += art->n_terms;
      for (guint k = 0; k < art->n_terms; k++)
        df[art->terms[k].term]++;
    }
  w->row[n] = total;
  w->term = g_new (guint, MAX (total, 1));
  w->weight = g_new (gdouble, MAX (total, 1));
  w->key = g_new0 (gdouble, MAX (total, 1));
  w->keys = g_new0 (gdouble, MAX (n, 1));
  w->event = g_new0 (gdouble, MAX (total, 1));
  w->events = g_new0 (gdouble, MAX (n, 1));
  w->n_events = g_new0 (guint, MAX (n, 1));
  w->flags = g_new0 (guint8, MAX (total, 1));
  w->opinion = g_new0 (gboolean, MAX (n, 1));
  for (guint a = 0; a < n; a++)
    {
      const Article *art = d->articles->pdata[a];
      w->opinion[a] = is_opinion (art);
      gboolean names = has_names (art);
      gdouble norm = 0;
      for (guint k = 0; k < art->n_terms; k++)
        {
          const ArticleTerm *t = &art->terms[k];
          gdouble tf = t->count + LEAD_WEIGHT * t->lead + TITLE_WEIGHT * t->title;
          gdouble kind = is_name (t) ? NAME_WEIGHT : d->numeric->data[t->term] ? NUMBER_WEIGHT : 1;
          gdouble idf = log (1.0 + (gdouble)MAX (n, IDF_MIN_ARTICLES) / df[t->term]);
          gdouble x = kind * (1 + log (tf)) * idf;
          gboolean key = names && is_key (d, t);
          w->term[w->row[a] + k] = t->term;
          w->weight[w->row[a] + k] = x;
          /* A key name of the title (is_key), in an article whose capitals tell names. */
          if (key)
            {
              w->key[w->row[a] + k] = log ((gdouble)n / df[t->term]);
              w->keys[a] += w->key[w->row[a] + k];
            }
          /* The title's event words and the names, by the same signs (is_event). */
          if (names && is_event (d, t))
            {
              w->event[w->row[a] + k] = idf;
              w->events[a] += w->event[w->row[a] + k];
              w->n_events[a]++;
            }
          w->flags[w->row[a] + k] = (key ? TERM_KEY : 0) | (t->title > 0 ? TERM_TITLE : 0);
          norm += x * x;
        }
      norm = sqrt (norm);
      for (guint k = w->row[a]; k < w->row[a + 1]; k++)
        w->weight[k] /= norm > 0 ? norm : 1;
    }
}

void
precis_digest_weights_clear (PrecisDigestWeights *w)
{
  g_free (w->row);
  g_free (w->term);
  g_free (w->weight);
  g_free (w->key);
  g_free (w->keys);
  g_free (w->event);
  g_free (w->events);
  g_free (w->n_events);
  g_free (w->flags);
  g_free (w->opinion);
  g_free (w->df);
}

/* Whether the event words of a title (@events of them, @named_elsewhere of which are key names
 * of the other title; @n_own words besides those) are found in the other article for at most
 * EVENT_SHARE of their weight (@found); FALSE when the title has fewer than EVENT_WORDS. */
static gboolean
events_missed (gdouble events, gdouble named_elsewhere, gdouble found, guint n_own)
{
  gdouble own = events - named_elsewhere;
  return n_own >= EVENT_WORDS && own > 1e-9 && found <= EVENT_SHARE * own + 1e-9;
}

/* Moves @i along article @a's row and @j along @b's (rows are sorted by term) to their next
 * shared term: TRUE with w->term[*i] == w->term[*j], FALSE at the end of either row. The caller
 * steps past the pair (both ++) before the next call. */
static inline gboolean
next_shared_term (const PrecisDigestWeights *w, guint a, guint b, guint *i, guint *j)
{
  while (*i < w->row[a + 1] && *j < w->row[b + 1])
    {
      if (w->term[*i] < w->term[*j])
        (*i)++;
      else if (w->term[*i] > w->term[*j])
        (*j)++;
      else
        return TRUE;
    }
  return FALSE;
}

/* The dot product of articles a and b; when one shared term makes more than SOLE_TERM_SHARE
 * of it, without that term. Whether the titles tell different things: @disagree, their key
 * names disagree (each has some, and each title's are found in the other article for less than
 * KEY_SHARE of their weight); @apart, they share a key name and nothing else: no key name of
 * one title in the other's text only, each title's event words missed by the other article
 * (EVENT_SHARE). */
static gdouble
weights_dot (const PrecisDigestWeights *w, guint a, guint b, gboolean *disagree, gboolean *apart)
{
  guint i = w->row[a], j = w->row[b];
  gdouble dot = 0, top = 0, found_a = 0, found_b = 0;
  gdouble event_a = 0, event_b = 0, named_a = 0, named_b = 0;
  gboolean shared_key = FALSE, crossed = FALSE;
  guint n_named_a = 0, n_named_b = 0;
  while (next_shared_term (w, a, b, &i, &j))
    {
      found_a += w->key[i];
      found_b += w->key[j];
      guint8 fa = w->flags[i], fb = w->flags[j];
      shared_key |= (fa & TERM_KEY) && (fb & TERM_KEY);
      /* a key name of one title that the other article has in its text only */
      crossed |= ((fa & TERM_KEY) && !(fb & TERM_TITLE)) || ((fb & TERM_KEY) && !(fa & TERM_TITLE));
      *(fb & TERM_KEY ? &named_a : &event_a) += w->event[i];
      *(fa & TERM_KEY ? &named_b : &event_b) += w->event[j];
      n_named_a += (fb & TERM_KEY) && w->event[i] > 0;
      n_named_b += (fa & TERM_KEY) && w->event[j] > 0;
      gdouble x = w->weight[i++] * w->weight[j++];
      dot += x;
      top = MAX (top, x);
    }
  *disagree = w->keys[a] > 0 && w->keys[b] > 0 && found_a < KEY_SHARE * w->keys[a]
              && found_b < KEY_SHARE * w->keys[b];
  *apart = shared_key && !crossed
           && events_missed (w->events[a], named_a, event_a, w->n_events[a] - n_named_a)
           && events_missed (w->events[b], named_b, event_b, w->n_events[b] - n_named_b);
  return top > SOLE_TERM_SHARE * dot ? dot - top : dot;
}

/* The similarity of articles a and b; @apart: whether their titles share a key name and
 * nothing else (weights_dot), which the clustering applies as a second pass (near copies are
 * never apart). */
static gdouble
pair_similarity (const PrecisDigest *d, const PrecisDigestWeights *w, guint a, guint b, gboolean *apart)
{
  gboolean disagree;
  gdouble s = weights_dot (w, a, b, &disagree, apart);
  *apart = *apart && s < COPY_SIMILARITY;
  if (s < EDGE_FLOOR)
    return s;
  if (disagree && s < COPY_SIMILARITY)
    return 0;
  /* Comment on an event is not its report: an opinion piece and a report are two stories
   * (tryout29 #5), however many names they share; near copies excepted. */
  if (w->opinion[a] != w->opinion[b] && s < COPY_SIMILARITY)
    return 0;
  gint64 ta = ((const Article *)d->articles->pdata[a])->time;
  gint64 tb = ((const Article *)d->articles->pdata[b])->time;
  if (ta != G_MININT64 && tb != G_MININT64 && ABS (ta - tb) > (gint64)DATE_GAP_DAYS * 86400)
    s *= DATE_FACTOR;
  return s;
}

/* Heavier first; ties: the smaller term id. */
static gint
compare_heavier (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const PrecisDigestWeights *w = data;
  guint x = *(const guint *)pa, y = *(const guint *)pb;
  if (w->weight[x] != w->weight[y])
    return w->weight[x] < w->weight[y] ? 1 : -1;
  return (w->term[x] > w->term[y]) - (w->term[x] < w->term[y]);
}

static guint
find_root (guint *parent, guint a)
{
  while (parent[a] != a)
    {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
  return a;
}

/* ---- Average linkage over the candidate pairs ---- */

/* A link from a story to another: the sum of its articles' pair similarities. */
typedef struct
{
  guint other;
  gdouble sum;
} Link;

/* A candidate merge: the average similarity of stories a < b when it was pushed, valid while
 * neither has changed since (stamps). */
typedef struct
{
  gdouble score;
  guint a, b;
  guint stamp_a, stamp_b;
} Merge;

/* Whether merge x goes before y: the higher score, ties by position (smaller a, then b). */
static gboolean
merge_before (const Merge *x, const Merge *y)
{
  if (x->score != y->score)
    return x->score > y->score;
  return x->a != y->a ? x->a < y->a : x->b < y->b;
}

static void
heap_push (GArray *heap, const Merge *m)
{
  g_array_append_val (heap, *m);
  Merge *h = (Merge *)(gpointer)heap->data;
  for (guint i = heap->len - 1; i > 0;)
    {
      guint up = (i - 1) / 2;
      if (!merge_before (&h[i], &h[up]))
        break;
      Merge t = h[i];
      h[i] = h[up];
      h[up] = t;
      i = up;
    }
}

static Merge
heap_pop (GArray *heap)
{
  Merge *h = (Merge *)(gpointer)heap->data;
  Merge top = h[0];
  h[0] = h[heap->len - 1];
  g_array_set_size (heap, heap->len - 1);
  guint n = heap->len;
  for (guint i = 0;;)
    {
      guint best = i, l = 2 * i + 1, r = l + 1;
      if (l < n && merge_before (&h[l], &h[best]))
        best = l;
      if (r < n && merge_before (&h[r], &h[best]))
        best = r;
      if (best == i)
        break;
      Merge t = h[i];
      h[i] = h[best];
      h[best] = t;
      i = best;
    }
  return top;
}

static int
compare_link (gconstpointer pa, gconstpointer pb)
{
  const Link *x = pa, *y = pb;
  if (x->other != y->other)
    return (x->other > y->other) - (x->other < y->other);
  return (x->sum > y->sum) - (x->sum < y->sum);
}

/* Rewrites @links to current stories (find_root), dropping those to @self and summing those
 * to one story; sorted by story. */
static void
links_settle (GArray *links, guint *parent, guint self)
{
  Link *l = (Link *)(gpointer)links->data;
  for (guint i = 0; i < links->len; i++)
    l[i].other = find_root (parent, l[i].other);
  if (links->len > 1)
    qsort (l, links->len, sizeof (Link), compare_link);
  guint out = 0;
  for (guint i = 0; i < links->len; i++)
    {
      if (l[i].other == self)
        continue;
      if (out > 0 && l[out - 1].other == l[i].other)
        l[out - 1].sum += l[i].sum;
      else
        l[out++] = l[i];
    }
  g_array_set_size (links, out);
}

/* Adds to story @r's links one to article @other; the list is settled whenever it has doubled,
 * so that the links of many copies take the room of their distinct stories only. */
static void
add_link (GArray **links, guint *settled, guint *parent, guint r, guint other, gdouble sum)
{
  Link l = { other, sum };
  g_array_append_val (links[r], l);
  if (links[r]->len >= 2 * settled[r] + 16)
    {
      links_settle (links[r], parent, r);
      settled[r] = links[r]->len;
    }
}

static void
push_link (GArray *heap, guint self, const Link *l, const guint *size, const guint *stamp)
{
  guint a = MIN (self, l->other), b = MAX (self, l->other);
  Merge m = { l->sum / ((gdouble)size[a] * size[b]), a, b, stamp[a], stamp[b] };
  heap_push (heap, &m);
}

/* Average linkage over @links (each article's; freed here), from the stories @parent holds
 * (the near copies joined): the two stories whose articles are the most similar on average are
 * merged while that average reaches @threshold. With @within (a story per article), only the
 * links between articles of one story of @within count. parent[a] after the call: the
 * smallest index of a's story. */
static void
average_linkage (GArray **links, guint n, guint *parent, gdouble threshold, const guint *within)
{
  g_autofree guint *size = g_new (guint, n);
  g_autofree guint *stamp = g_new0 (guint, n);
  for (guint a = 0; a < n; a++)
    size[a] = 1;
  GArray *heap = g_array_new (FALSE, FALSE, sizeof (Merge));

  /* The near copies as the first stories (each keeps its smallest index), then the heap of
   * merges between stories. */
  for (guint a = 0; a < n; a++)
    {
      guint r = find_root (parent, a);
      if (r == a)
        continue;
      size[r]++;
      g_array_append_vals (links[r], links[a]->data, links[a]->len);
      g_array_unref (links[a]);
      links[a] = NULL;
    }
  for (guint a = 0; a < n; a++)
    if (links[a] != NULL)
      {
        if (within != NULL)
          {
            guint out = 0;
            for (guint i = 0; i < links[a]->len; i++)
              if (within[g_array_index (links[a], Link, i).other] == within[a])
                g_array_index (links[a], Link, out++) = g_array_index (links[a], Link, i);
            g_array_set_size (links[a], out);
          }
        links_settle (links[a], parent, a);
        for (guint i = 0; i < links[a]->len; i++)
          if (g_array_index (links[a], Link, i).other > a)
            push_link (heap, a, &g_array_index (links[a], Link, i), size, stamp);
      }

  /* Merge the closest two stories while their average similarity reaches the threshold. */
  while (heap->len > 0)
    {
      Merge m = heap_pop (heap);
      if (m.score < threshold)
        break;
      if (parent[m.a] != m.a || parent[m.b] != m.b || stamp[m.a] != m.stamp_a || stamp[m.b] != m.stamp_b)
        continue;
      guint r = m.a, o = m.b; /* r < o: the story keeps its smallest index */
      parent[o] = r;
      size[r] += size[o];
      stamp[r]++;
      g_array_append_vals (links[r], links[o]->data, links[o]->len);
      g_array_unref (links[o]);
      links[o] = NULL;
      links_settle (links[r], parent, r);
      for (guint i = 0; i < links[r]->len; i++)
        push_link (heap, r, &g_array_index (links[r], Link, i), size, stamp);
    }
  g_array_unref (heap);
  for (guint a = 0; a < n; a++)
    if (links[a] != NULL)
      g_array_unref (links[a]);
  g_free (links);
  for (guint a = 0; a < n; a++)
    parent[a] = find_root (parent, a);
}

/* parent[a] after the call: the smallest index of a's story. */
void
precis_digest_group (const PrecisDigest *d, const PrecisDigestWeights *w, guint *parent)
{
  guint n = d->articles->len;
  for (guint a = 0; a < n; a++)
    parent[a] = a;
  if (n == 0)
    return;

  /* Each article's top terms (positions in w), and the inverted index over them. */
  g_autofree guint *top_row = g_new (guint, n + 1);
  GArray *top = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) pos = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint a = 0; a < n; a++)
    {
      top_row[a] = top->len;
      g_array_set_size (pos, 0);
      for (guint k = w->row[a]; k < w->row[a + 1]; k++)
        if (w->df[w->term[k]] > 1) /* a term no other article has proposes no pair */
          g_array_append_val (pos, k);
      g_array_sort_with_data (pos, compare_heavier, (gpointer)w);
      for (guint k = 0; k < MIN (pos->len, TOP_TERMS); k++)
        g_array_append_val (top, w->term[g_array_index (pos, guint, k)]);
    }
  top_row[n] = top->len;

  const guint *top_terms = (const guint *)(gpointer)top->data;
  g_autofree guint *post_row = g_new0 (guint, d->n_terms + 1);
  for (guint k = 0; k < top->len; k++)
    post_row[top_terms[k] + 1]++;
  for (guint t = 0; t < d->n_terms; t++)
    post_row[t + 1] += post_row[t];
  g_autofree guint *fill = g_memdup2 (post_row, sizeof (guint) * (d->n_terms + 1));
  g_autofree guint *postings = g_new (guint, MAX (top->len, 1));
  for (guint a = 0; a < n; a++)
    for (guint k = top_row[a]; k < top_row[a + 1]; k++)
      postings[fill[top_terms[k]]++] = a;

  /* Pairs (b < a) sharing a top term, each compared once: for each term, the PAIR_WINDOW
   * articles before a in its postings (cursor[t] is a's place there, as a goes up). Each
   * article's links: all of them as linked (links), and with the pairs apart counted against
   * (kept; NULL until a pair is apart, then a copy of links so far). */
  GArray **links = g_new (GArray *, n);
  GArray **kept = NULL;
  for (guint a = 0; a < n; a++)
    links[a] = g_array_new (FALSE, FALSE, sizeof (Link));
  g_autofree guint *settled = g_new0 (guint, n);
  g_autofree guint *settled_kept = g_new0 (guint, n);
  g_autofree guint *seen = g_new0 (guint, n);
  g_autofree guint *cursor = g_memdup2 (post_row, sizeof (guint) * (d->n_terms + 1));
  for (guint a = 0; a < n; a++)
    for (guint k = top_row[a]; k < top_row[a + 1]; k++)
      {
        guint t = top_terms[k];
        guint here = cursor[t]++;
        guint from = here - post_row[t] > PAIR_WINDOW ? here - PAIR_WINDOW : post_row[t];
        for (guint p = here; p-- > from;)
          {
            guint b = postings[p];
            if (seen[b] == a + 1)
              continue;
            seen[b] = a + 1;
            guint ra = find_root (parent, a), rb = find_root (parent, b);
            if (ra == rb) /* near copies already: the pair is inside one story */
              continue;
            gboolean apart;
            gdouble s = pair_similarity (d, w, a, b, &apart);
            if (s < EDGE_FLOOR)
              continue;
            if (apart && kept == NULL)
              {
                kept = g_new (GArray *, n);
                for (guint c = 0; c < n; c++)
                  {
                    kept[c] = g_array_copy (links[c]);
                    settled_kept[c] = settled[c];
                  }
              }
            add_link (links, settled, parent, ra, b, s);
            add_link (links, settled, parent, rb, a, s);
            if (kept != NULL)
              {
                add_link (kept, settled_kept, parent, ra, b, apart ? APART_WEIGHT * s : s);
                add_link (kept, settled_kept, parent, rb, a, apart ? APART_WEIGHT * s : s);
              }
            if (s >= COPY_SIMILARITY)
              parent[MAX (ra, rb)] = MIN (ra, rb);
          }
      }
  g_array_unref (top);

  /* The stories of all links as linked; then, where some pairs are apart, each of those
   * stories formed again from its own articles by the links kept, so that a pair apart only
   * parts articles and never joins one to a story it would not have joined otherwise. */
  if (kept == NULL)
    {
      average_linkage (links, n, parent, d->threshold, NULL);
      return;
    }
  g_autofree guint *copies = g_memdup2 (parent, sizeof (guint) * n);
  average_linkage (links, n, parent, d->threshold, NULL);
  g_autofree guint *first = g_memdup2 (parent, sizeof (guint) * n);
  memcpy (parent, copies, sizeof (guint) * n);
  average_linkage (kept, n, parent, d->threshold, first);
}

typedef struct
{
  guint article;
  gdouble closeness; /* cosine with the story's centroid */
} Member;

static gint64
article_time (const PrecisDigest *d, guint a)
{
  return ((const Article *)d->articles->pdata[a])->time;
}

static gint
compare_newer (gconstpointer pa, gconstpointer pb, gpointer data)
{
  guint x = *(const guint *)pa, y = *(const guint *)pb;
  int c = precis_digest_compare_time_desc (article_time (data, x), article_time (data, y));
  return c != 0 ? c : (x > y) - (x < y);
}

/* Whether article @x goes before @y as a story's lead when both are as near its centroid (as in
 * a story of two, whose articles are always equally near): the newer, then by title, then by
 * id and address, so that the lead does not depend on the order the articles were added. */
static gboolean
leads_before (const PrecisDigest *d, guint x, guint y)
{
  const Article *a = d->articles->pdata[x], *b = d->articles->pdata[y];
  int c = precis_digest_compare_time_desc (a->time, b->time);
  if (c == 0)
    c = g_strcmp0 (a->headline, b->headline);
  if (c == 0)
    c = g_strcmp0 (a->meta.id, b->meta.id);
  if (c == 0)
    c = g_strcmp0 (a->meta.url, b->meta.url);
  return c != 0 ? c < 0 : x < y;
}

/* What an article gives a reader to place it: 1 for a date, 1 for a web address. */
static guint
standing (const PrecisDigest *d, guint a)
{
  const Article *x = d->articles->pdata[a];
  return (x->time != G_MININT64) + precis_is_web_address (x->meta.url);
}

/* Whether the title of article @x tells the story of @y's title: it holds at least KEY_SHARE of
 * the key names of @y's title (is_key: "Tanner Street" of "Councillors vote to close Tanner
 * Street bridge"), or, when @y's title has none (or its capitals tell no names), some term of
 * it ("ferry" of "Ferry back in service"). A side piece on someone in the story ("Who is Maya
 * Lindqvist, the councillor who opposed the closure?") names other things. */
static gboolean
tells_title (const PrecisDigestWeights *w, guint x, guint y)
{
  guint i = w->row[x], j = w->row[y];
  guint keys = 0, keys_found = 0, terms_found = 0;
  for (guint k = j; k < w->row[y + 1]; k++)
    keys += (w->flags[k] & TERM_KEY) != 0;
  while (next_shared_term (w, x, y, &i, &j))
    {
      gboolean both = (w->flags[i] & TERM_TITLE) && (w->flags[j] & TERM_TITLE);
      keys_found += both && (w->flags[j] & TERM_KEY);
      terms_found += both;
      i++;
      j++;
    }
  return keys > 0 ? keys_found >= KEY_SHARE * keys : terms_found > 0;
}

/* Whether article @x is an update of @y: the same outlet (one source, or one within the other:
 * "Norland Times: Business" and "Norland Times"), both dated, @x later, and @x's title telling
 * the story of @y's (tells_title). */
static gboolean
updates (const PrecisDigest *d, const PrecisDigestWeights *w, guint x, guint y)
{
  const Article *a = d->articles->pdata[x], *b = d->articles->pdata[y];
  if (a->time == G_MININT64 || b->time == G_MININT64 || a->time <= b->time)
    return FALSE;
  return (precis_digest_source_within (a->meta.source, b->meta.source)
          || precis_digest_source_within (b->meta.source, a->meta.source))
         && tells_title (w, x, y);
}

void
precis_digest_order_members (const PrecisDigest *d, const PrecisDigestWeights *w, guint *members,
                             guint n_members, gdouble *centroid)
{
  if (n_members < 2)
    return;
  for (guint m = 0; m < n_members; m++)
    for (guint k = w->row[members[m]]; k < w->row[members[m] + 1]; k++)
      centroid[w->term[k]] += w->weight[k];
  /* Of the members with the most of a date and a web address (a report of the event, not a text
   * file of comment dropped in beside it, tryout24 #7), the nearest leads: one pass, a member
   * that stands higher than all before it starting the choice again. */
  guint most = 0, lead = G_MAXUINT;
  gdouble best = -1;
  for (guint m = 0; m < n_members; m++)
    {
      guint stands = standing (d, members[m]);
      if (stands < most)
        continue;
      if (stands > most)
        {
          most = stands;
          lead = G_MAXUINT;
        }
      gdouble dot = 0;
      for (guint k = w->row[members[m]]; k < w->row[members[m] + 1]; k++)
        dot += w->weight[k] * centroid[w->term[k]];
      if (lead == G_MAXUINT || dot > best + 1e-12
          || (dot >= best - 1e-12 && leads_before (d, members[m], members[lead])))
        {
          best = dot;
          lead = m;
        }
    }
  for (guint m = 0; m < n_members; m++)
    for (guint k = w->row[members[m]]; k < w->row[members[m] + 1]; k++)
      centroid[w->term[k]] = 0;
  /* An outlet's later report of the story is its update: it leads in place of the outlet's
   * earlier one (tryout29 #6), the newest of them (ties as leads_before), whatever their
   * nearness to the centroid, when its title tells the story of the one it replaces
   * (tells_title): a later side piece of the outlet on the story does not take its headline. */
  guint nearest = lead;
  for (guint m = 0; m < n_members; m++)
    if (m != nearest && updates (d, w, members[m], members[nearest]) && standing (d, members[m]) >= most
        && (lead == nearest || leads_before (d, members[m], members[lead])))
      lead = m;
  guint first = members[lead];
  members[lead] = members[0];
  members[0] = first;
  /* The rest newest first, ties in the order added. */
  GArray *rest = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (rest, members + 1, n_members - 1);
  g_array_sort_with_data (rest, compare_newer, (gpointer)d);
  memcpy (members + 1, rest->data, sizeof (guint) * (n_members - 1));
  g_array_unref (rest);
}
