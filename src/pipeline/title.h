/* title.h - the title line (pipeline/title.c). */
#pragma once

#include "pipeline/normalize.h"

/* Looks for a title line at t->body_start; when there is one, sets has_title, title_start
 * and title_len and moves body_start past it and its blank line. */
void precis_title_find (PrecisText *text);

/* Removes, in place, a wire's slugs before @title: Reuters' "UPDATE 2-", "REFILE-", "EXCLUSIVE-"
 * (one or more, in capitals, glued to the headline by a hyphen), which say how the story was
 * filed, not what it says. */
void precis_title_drop_wire_slugs (gchar *title);
