// detect-compare.cc - CLD2 and libexttextcat side by side on the langid sentences.
//
// Reads bench data directories' <snowball-language>.txt files (one sentence a line), builds
// single sentences and paragraphs of three consecutive sentences, and counts for each detector
// the share detected correctly, "unknown" answers and the time spent. Not part of the build
// (it needs both libraries); compile and run by hand, as bench/RESULTS.md says:
//
//   g++ -O2 -o /tmp/detect-compare bench/detect-compare.cc $(pkg-config --cflags --libs \
//       libexttextcat) -lcld2 && /tmp/detect-compare /work/shared/data/langid
//
// Environment: BEST=1 asks CLD2 for a best-effort answer on short text (precis does), MS=1
// counts Malay as Indonesian (precis does), RELIABLE=1 turns CLD2's unreliable answers into
// "unknown", HINT=codes passes CLD2 a content-language hint.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <libexttextcat/textcat.h>

static const char *const languages[][2] = {
  { "arabic", "ar" },     { "armenian", "hy" },   { "basque", "eu" },     { "catalan", "ca" },
  { "danish", "da" },     { "dutch", "nl" },      { "english", "en" },    { "finnish", "fi" },
  { "french", "fr" },     { "german", "de" },     { "greek", "el" },      { "hindi", "hi" },
  { "hungarian", "hu" },  { "indonesian", "id" }, { "irish", "ga" },      { "italian", "it" },
  { "lithuanian", "lt" }, { "norwegian", "no" },  { "portuguese", "pt" }, { "romanian", "ro" },
  { "russian", "ru" },    { "serbian", "sr" },    { "spanish", "es" },    { "swedish", "sv" },
  { "tamil", "ta" },      { "turkish", "tr" },
};

static std::string
cld2_detect (const std::string &s)
{
  CLD2::Language l3[3];
  int p3[3];
  double n3[3];
  int bytes = 0;
  bool reliable = false;
  std::string clean = s;
  for (size_t i = 0; i + 1 < clean.size (); i++)
    if ((unsigned char)clean[i] == 0xc2 && (unsigned char)clean[i + 1] >= 0x80
        && (unsigned char)clean[i + 1] < 0xa0)
      clean[i] = clean[i + 1] = ' ';
  CLD2::CLDHints hints = { getenv ("HINT"), nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE };
  int valid = 0;
  CLD2::Language l = CLD2::ExtDetectLanguageSummaryCheckUTF8 (clean.data (), (int)clean.size (), true, &hints,
                                                              getenv ("BEST") ? CLD2::kCLDFlagBestEffort : 0,
                                                              l3, p3, n3, nullptr, &bytes, &reliable, &valid);
  if (l == CLD2::UNKNOWN_LANGUAGE)
    return "und";
  std::string c = CLD2::LanguageCode (l);
  if (c == "nb" || c == "nn")
    c = "no";
  if (c == "ms" && getenv ("MS"))
    c = "id";
  if (getenv ("RELIABLE") && !reliable)
    return "und";
  return c;
}

static std::string
textcat_detect (void *h, const std::string &s)
{
  const char *r = textcat_Classify (h, s.data (), s.size ());
  if (r[0] != '[')
    return "und";
  std::string c (r + 1, strcspn (r + 1, "]-"));
  if (c == "nb" || c == "nn")
    c = "no";
  if (c == "sh")
    c = "sr";
  return c;
}

int
main (int argc, char **argv)
{
  std::string dir = argc > 1 ? argv[1] : "/work/shared/data/langid";
  void *tc = special_textcat_Init ("/usr/share/libexttextcat/fpdb.conf", "/usr/share/libexttextcat/");
  if (tc == nullptr)
    return 1;
  for (int para = 1; para <= 3; para += 2)
    {
      std::map<std::string, int> confusions[2];
      int right[2] = { 0, 0 }, unknown[2] = { 0, 0 }, total = 0;
      double seconds[2] = { 0, 0 };
      size_t bytes = 0;
      for (auto &lang : languages)
        {
          std::ifstream in (dir + "/" + lang[0] + ".txt");
          std::vector<std::string> lines;
          for (std::string line; std::getline (in, line);)
            lines.push_back (line);
          for (size_t i = 0; i + para <= lines.size (); i += para)
            {
              std::string text;
              for (int k = 0; k < para; k++)
                text += (k ? " " : "") + lines[i + k];
              bytes += text.size ();
              total++;
              for (int d = 0; d < 2; d++)
                {
                  auto t0 = std::chrono::steady_clock::now ();
                  std::string got = d == 0 ? cld2_detect (text) : textcat_detect (tc, text);
                  seconds[d]
                      += std::chrono::duration<double> (std::chrono::steady_clock::now () - t0).count ();
                  if (got == lang[1])
                    right[d]++;
                  else if (got == "und")
                    unknown[d]++;
                  else
                    confusions[d][std::string (lang[1]) + "->" + got]++;
                }
            }
        }
      for (int d = 0; d < 2; d++)
        {
          printf ("%s, %s: %d/%d right (%.2f %%), %d unknown, %.1f us each (%.1f MB/s)\n",
                  d == 0 ? "CLD2" : "exttextcat", para == 1 ? "single sentences" : "3-sentence paragraphs",
                  right[d], total, 100.0 * right[d] / total, unknown[d], 1e6 * seconds[d] / total,
                  bytes / seconds[d] / 1e6);
          std::vector<std::pair<int, std::string> > top;
          for (auto &c : confusions[d])
            top.push_back ({ -c.second, c.first });
          std::sort (top.begin (), top.end ());
          printf ("  confusions:");
          for (size_t k = 0; k < top.size () && k < 12; k++)
            printf (" %s %d", top[k].second.c_str (), -top[k].first);
          printf ("\n");
        }
    }
  textcat_Done (tc);
  return 0;
}
