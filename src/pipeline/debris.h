/* debris.h - page debris that furniture.c leaves (pipeline/debris.c). */
#pragma once

#include "pipeline/tokenize.h"

/* Flags PRECIS_SPAN_FURNITURE on page debris that furniture.c leaves: captions (a short
 * paragraph that ends in a photo credit, "... PHOTO: REUTERS"), social-media and page debris
 * (the phrases of data/debris.txt: "pic.twitter.com", "Scroll down for video"), and a caption
 * glued to a sentence ("... a colleague The cost of ..."). */
void precis_debris_mark (const gchar *text, GArray *spans, const PrecisSegmenter *segmenter,
                         PrecisTokenizer *tokenizer);
