/* error.c - what the whole library shares with its callers: the PRECIS_ERROR domain and the
 * version string.
 */
#include "config.h"

#include "precis.h"

/* Written out rather than with G_DEFINE_QUARK, whose argument clang-format splits at the
 * hyphens (registering "precis - error - quark"). */
GQuark
precis_error_quark (void)
{
  return g_quark_from_static_string ("precis-error-quark");
}

const gchar *
precis_version (void)
{
  return PRECIS_VERSION;
}
