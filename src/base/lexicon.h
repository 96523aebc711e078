/* lexicon.h - parts of speech for the headline generator (lexicon.c).
 *
 * A word's classes come from closed-class lists written here (determiners, prepositions,
 * auxiliaries, conjunctions, pronouns) and, for English open-class words, from a lexicon
 * compiled from WordNet (data/lexicon/english.txt); unknown words are guessed from their
 * endings. Not a tagger: each word gets every class it may have, and the headline code asks
 * only the questions a phrase boundary needs ("may this word be a finite verb here?").
 */
#pragma once

#include <glib.h>

/* The classes of an English word, as bits. */
enum
{
  PRECIS_POS_NOUN = 1 << 0,       /* in WordNet as a noun, or not in the lexicon */
  PRECIS_POS_VERB = 1 << 1,       /* a verb's base form */
  PRECIS_POS_PAST = 1 << 2,       /* a past tense or participle: irregular, or a verb + -ed */
  PRECIS_POS_ADJ = 1 << 3,        /* adjective */
  PRECIS_POS_ADV = 1 << 4,        /* adverb */
  PRECIS_POS_THIRD = 1 << 5,      /* a verb + -s ("rises", "carries") */
  PRECIS_POS_ING = 1 << 6,        /* a verb + -ing */
  PRECIS_POS_DET = 1 << 7,        /* the, a, this, some, ... */
  PRECIS_POS_PREP = 1 << 8,       /* of, in, on, ... */
  PRECIS_POS_AUX = 1 << 9,        /* is, was, has, did, ... (finite forms of be, have, do) */
  PRECIS_POS_MODAL = 1 << 10,     /* will, can, must, ... */
  PRECIS_POS_CONJ = 1 << 11,      /* and, or, but, nor */
  PRECIS_POS_SUBORD = 1 << 12,    /* while, because, although, ... (a clause follows) */
  PRECIS_POS_WH = 1 << 13,        /* which, who, whom, whose */
  PRECIS_POS_PRONOUN = 1 << 14,   /* a subject pronoun: I, he, she, it, we, they, you */
  PRECIS_POS_OBJECT = 1 << 15,    /* an object pronoun: me, him, her, us, them, it */
  PRECIS_POS_POSS = 1 << 16,      /* his, her, its, their, ... */
  PRECIS_POS_TO = 1 << 17,        /* to */
  PRECIS_POS_NONFINITE = 1 << 18, /* be, been, being, having: part of a verb group, not finite */
};

/* The classes of an English word of @len bytes (any case; ASCII letters, hyphen, apostrophe).
 * The lexicon is loaded once per process, on the first call. */
guint precis_lexicon_english (const gchar *word, gsize len);
/* Whether the lexicon lists the English word of @len bytes (any case; ASCII), or the word without a
 * final "s" or "es": precis_lexicon_english() guesses a noun for a word it does not know, such as an
 * acronym ("DRDO"), and this tells the two apart. */
gboolean precis_lexicon_english_known (const gchar *word, gsize len);
/* Fetches from memory what precis_lexicon_english() of the word will read first, without waiting
 * for it: called for each of a sentence's words before they are looked up, so that their reads
 * overlap (the lexicon's table outgrows the processor's caches). Changes no result. */
void precis_lexicon_english_prefetch (const gchar *word, gsize len);

/* The verbs of saying and reporting, in the forms a reporter attributes with ("said", "says",
 * "added", "told", "explained", "noted", "replied", "wrote", "asked", ...): one list for the
 * stages that pass over an attribution. The bit of the ASCII word @word[0, @len) (any case) in
 * that list, a bit of its own for each form, or 0 when it is none of them. Needs no lexicon. */
guint32 precis_lexicon_saying (const gchar *word, gsize len);
