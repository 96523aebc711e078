/* blocks.h - plain text's tables and code flagged (pipeline/blocks.c). */
#pragma once

#include "pipeline/segment.h"

/* Sets PRECIS_SPAN_FURNITURE on the sentences of @spans that lie inside a table or a code
 * block of the text's body [@start, @end) of @text, and on a sentence ending in a colon just
 * before one ("Here is a minimal example:"): an extract cannot quote a table row or a line of
 * code as a sentence. A table: three or more consecutive lines of two or more cells apart by
 * a tab or two spaces, at least half of them (two at least) with a number as a cell. A code
 * block: lines indented by four spaces or a tab after a blank line, at least half of them
 * code-like (ending in "{", "}" or ";" after a bracket, assignments, comments, a shell's "$ ").
 * O(end - start + spans). */
void precis_blocks_mark (const gchar *text, gsize start, gsize end, GArray *spans);
