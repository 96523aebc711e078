/* digest.h - what the files of the digest share (digest/): the articles and stories a
 * PrecisDigest holds, and the steps digest.c calls in order: grouping (group.c), story
 * summaries (story.c) and rendering (format.c).
 */
#pragma once

#include "pipeline/summary.h"
#include "pipeline/vectors.h"

/* One term of an article: where it occurs (the pipeline's counts, pipeline/summary.h). */
typedef struct
{
  guint term;        /* digest term id */
  guint count;       /* occurrences in the text */
  guint lead;        /* of which in the lead sentences */
  guint capitalised; /* of which capitalised inside a sentence (a name) */
  guint title;       /* occurrences in the title */
  guint initial;     /* of the text's, capitalised as a sentence's first word */
  guint acronym;     /* of the title's, written in capitals ("ECB") */
} ArticleTerm;

typedef struct
{
  PrecisArticle meta; /* owned copies; text NULL */
  gint64 time;
  PrecisSummary *summary;
  gchar *headline;    /* the title, else the generated headline */
  gchar *generated;   /* the story headline --headline=generated makes, or NULL */
  ArticleTerm *terms; /* by term id */
  guint n_terms;
  GPtrArray *duplicates; /* the ids (else addresses) of the copies left out, or NULL */
  guint words;           /* the words of its news (not furniture): of copies, the most is kept */
} Article;

typedef struct
{
  PrecisDigestItem pub;
  gchar **summary; /* owned; pub.summary */
  guint *articles; /* owned; pub.articles */
  gint64 time;     /* the newest article's, or G_MININT64 */
  guint first;     /* the index of its first article added */
  guint rank;      /* position after ordering, to keep sections stable */
} Item;

struct _PrecisDigest
{
  PrecisSummarizer *summarizer; /* borrowed */
  gchar *title;
  gdouble threshold;
  PrecisDigestOrder order;
  PrecisDigestSections sections;
  guint max_items;
  GHashTable *languages; /* the languages kept (canonical names, "und"), or NULL: all */
  guint n_left_out;      /* articles not added for their language */
  guint n_duplicates;    /* articles not added as copies of one added before */
  GHashTable *seen;      /* "u" url, "i" id U+001F title, "t" text digest, "s" url U+001F source
                          * -> article index + 1 */
  GString *key;          /* scratch: a term's key in term_ids */
  GPtrArray *articles;   /* of Article */
  GHashTable *term_ids;  /* language, U+001F, stem -> id + 1 */
  /* source, U+001F, language, U+001F, a news sentence's text -> GArray of SharedHolder: the
   * articles of one source that hold it (digest.c, discount_shared()) */
  GHashTable *shared;
  guint n_terms;
  GByteArray *numeric; /* per term id: 1 when the stem starts with a digit (a number) */
  GArray *counts;      /* scratch: PrecisTermCount */
  GPtrArray *items;    /* of Item; NULL until asked for after a change */
};

/* Newest first: -1 when @x is newer than @y (G_MININT64, no date, is the oldest). */
static inline int
precis_digest_compare_time_desc (gint64 x, gint64 y)
{
  return (x < y) - (x > y);
}

/* Whether a story whose source is @source belongs under the section @section (--group-by=source):
 * the same name, or @section followed by a separator and a desk's or page's name ("Norland Times:
 * Business", "Valley Courier – News" under "Norland Times", "Valley Courier"): a feed's channel
 * title and the site's name of one outlet (tryout29 #10). */
gboolean precis_digest_source_within (const gchar *source, const gchar *section);

/* ---- group.c ---- */

/* The articles' weighted vectors, one sparse row each, by term id. */
typedef struct
{
  guint *row; /* n + 1 */
  guint *term;
  gdouble *weight;
  gdouble *key;      /* per entry: the weight of a key name of the title (group.c: is_key), else 0 */
  gdouble *keys;     /* per article: the sum of its key names' weights */
  gdouble *event;    /* per entry: the weight of an event word of the title (group.c: is_event), else 0 */
  gdouble *events;   /* per article: the sum of its title's event words' weights */
  guint *n_events;   /* per article: its title's event words */
  guint8 *flags;     /* per entry: a key name of the title, a term of the title (group.c) */
  guint *df;         /* per term: the articles it occurs in */
  gboolean *opinion; /* per article: comment, not a report (group.c: is_opinion) */
} PrecisDigestWeights;

/* The tf-idf vectors of the digest's articles; cleared with precis_digest_weights_clear(). */
void precis_digest_weights_build (const PrecisDigest *d, PrecisDigestWeights *w);
void precis_digest_weights_clear (PrecisDigestWeights *w);

/* Groups the articles into stories: parent[a] (n_articles entries) gets the smallest index
 * of the story that article a belongs to. */
void precis_digest_group (const PrecisDigest *d, const PrecisDigestWeights *w, guint *parent);

/* Puts the member nearest the story's centroid first and the others newest first (ties: the
 * order added); @centroid is scratch of one entry per term, all 0, and is left all 0. */
void precis_digest_order_members (const PrecisDigest *d, const PrecisDigestWeights *w, guint *members,
                                  guint n_members, gdouble *centroid);

/* ---- story.c ---- */

/* The summary of the story told by @members (ordered, lead first), NULL-terminated. The caller
 * frees the result with g_strfreev(). */
gchar **precis_digest_story_summary (PrecisDigest *d, const guint *members, guint n_members);
