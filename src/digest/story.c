/* story.c - a story's articles in, its summary out.
 *
 * A story of one article keeps that article's summary. A story of several is summarised across
 * them: each article contributes its best sentences, which the pipeline ranks as one graph
 * (tf-idf cosine edges) by PageRank with a teleport vector made of the sentences' scores in
 * their own articles (each article weighing the same), and chooses as many as the fullest
 * article's summary holds by maximal marginal relevance (precis_summarizer_choose_across); they are shown
 * leads first: by position in their own article, then lead article first. Linear in the story's candidate
 * sentences, times the budget for the choice.
 */
#include "config.h"

#include "digest/digest.h"

/* Articles of a story that contribute sentences to its summary (the nearest to its centroid). */
#define MAX_GROUP_ARTICLES 16

/* The article's summary, less furniture: a text that is nothing but furniture (a forum feed's
 * "submitted by ... [link] [comments]") is summarised by it, better than nothing for one text,
 * but a digest's story then shows its title and links alone, as a story of several does. */
static gchar **
single_summary (const Article *a)
{
  guint n = precis_summary_get_n_sentences (a->summary), m = 0;
  gchar **out = g_new0 (gchar *, n + 1);
  for (guint k = 0; k < n; k++)
    {
      const PrecisSentence *p = precis_summary_get_sentence (a->summary, k);
      if (!p->furniture)
        out[m++] = g_strdup (p->text);
    }
  return out;
}

typedef struct
{
  guint article; /* position in the story */
  guint index;   /* sentence in its document */
  gdouble prior;
} Candidate;

static int
compare_sentence_score (gconstpointer pa, gconstpointer pb)
{
  const PrecisSentence *x = *(const PrecisSentence *const *)pa, *y = *(const PrecisSentence *const *)pb;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (x->index > y->index) - (x->index < y->index);
}

static int
compare_sentence_index (gconstpointer pa, gconstpointer pb)
{
  const PrecisSentence *x = *(const PrecisSentence *const *)pa, *y = *(const PrecisSentence *const *)pb;
  return (x->index > y->index) - (x->index < y->index);
}

/* Candidates (indices into @data, a GArray of Candidate) by their sentence's position in its
 * article, then by article. */
static gint
compare_by_position (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const Candidate *x = &g_array_index ((GArray *)data, Candidate, *(const guint *)pa);
  const Candidate *y = &g_array_index ((GArray *)data, Candidate, *(const guint *)pb);
  if (x->index != y->index)
    return x->index < y->index ? -1 : 1;
  return (x->article > y->article) - (x->article < y->article);
}

/* The summary of a story told by several articles (see the top of the file). */
static gchar **
group_summary (PrecisDigest *d, const guint *members, guint n_members)
{
  guint k_articles = MIN (n_members, MAX_GROUP_ARTICLES);
  /* As many sentences as its fullest article's summary: a feed's one-sentence blurb or an update's
   * stub as lead does not cut the story's summary short (tryout29 #1). */
  guint budget = 0;
  for (guint m = 0; m < k_articles; m++)
    budget = MAX (
        budget, precis_summary_get_n_sentences (((const Article *)d->articles->pdata[members[m]])->summary));
  if (budget == 0)
    return g_new0 (gchar *, 1);
  guint per_article = 2 * budget + 2;

  GArray *cand = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint first = G_MAXUINT; /* the lead article's lede */
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  for (guint m = 0; m < k_articles; m++)
    {
      const PrecisSummary *sum = ((const Article *)d->articles->pdata[members[m]])->summary;
      guint n_all = precis_summary_get_n_document_sentences (sum);
      g_autoptr (GPtrArray) best = g_ptr_array_new ();
      for (guint i = 0; i < n_all; i++)
        {
          const PrecisSentence *p = precis_summary_get_document_sentence (sum, i);
          if (!p->furniture && p->text[0] != '\0')
            g_ptr_array_add (best, (gpointer)p);
        }
      g_ptr_array_sort (best, compare_sentence_score);
      /* The lead article's lede opens the summary: a candidate whatever its score. */
      const PrecisSentence *lede = NULL;
      for (guint i = 0; m == 0 && sum->lede < n_all && i < best->len && lede == NULL; i++)
        if (((const PrecisSentence *)best->pdata[i])->index == sum->lede)
          lede = best->pdata[i];
      if (lede != NULL)
        {
          g_ptr_array_remove (best, (gpointer)lede);
          g_ptr_array_insert (best, 0, (gpointer)lede);
        }
      g_ptr_array_set_size (best, MIN (best->len, per_article));
      g_ptr_array_sort (best, compare_sentence_index);
      gdouble mass = 0;
      for (guint i = 0; i < best->len; i++)
        mass += ((const PrecisSentence *)best->pdata[i])->score;
      for (guint i = 0; i < best->len; i++)
        {
          const PrecisSentence *p = best->pdata[i];
          gdouble share = mass > 0 ? p->score / mass : 1.0 / best->len;
          Candidate c = { m, p->index, share / k_articles };
          if (p == lede)
            first = cand->len;
          g_array_append_val (cand, c);
          g_ptr_array_add (texts, (gpointer)p->text);
        }
    }

  guint n = cand->len;
  g_autofree gdouble *prior = g_new (gdouble, MAX (n, 1));
  gdouble total = 0;
  for (guint i = 0; i < n; i++)
    total += g_array_index (cand, Candidate, i).prior;
  for (guint i = 0; i < n; i++)
    prior[i] = total > 0 ? g_array_index (cand, Candidate, i).prior / total : 1.0 / n;

  g_autoptr (GArray) chosen = precis_summarizer_choose_across (
      d->summarizer, ((Article *)d->articles->pdata[members[0]])->summary->language,
      (const gchar *const *)texts->pdata, n, prior, budget, first);

  /* The lead article's lede, then leads first: by position in the sentence's own article,
   * then by article. */
  guint from = first != G_MAXUINT && chosen->len > 0 && g_array_index (chosen, guint, 0) == first;
  g_qsort_with_data (chosen->data + from * sizeof (guint), (gint)(chosen->len - from), sizeof (guint),
                     compare_by_position, cand);
  gchar **out = g_new0 (gchar *, chosen->len + 1);
  for (guint k = 0; k < chosen->len; k++)
    out[k] = g_strdup (texts->pdata[g_array_index (chosen, guint, k)]);
  g_array_unref (cand);
  return out;
}

gchar **
precis_digest_story_summary (PrecisDigest *d, const guint *members, guint n_members)
{
  return n_members == 1 ? single_summary (d->articles->pdata[members[0]])
                        : group_summary (d, members, n_members);
}
