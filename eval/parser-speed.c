// Parse-only speed of the two HTML parsers Debian offers, on the same pages: libxml2 (kept) and Gumbo.
// `make eval-parsers` (needs libgumbo-dev). Thread CPU time, parse plus free, averaged over the pages given.
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <time.h>
static char b[16<<20];
static double now(){ struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID,&t); return t.tv_sec+t.tv_nsec*1e-9; }
int main(int c,char**v){ double g=0,x=0; long bytes=0;
 for(int i=1;i<c;i++){ FILE*f=fopen(v[i],"rb"); int n=fread(b,1,sizeof b,f); fclose(f); bytes+=n;
  double t0=now(); GumboOutput* out=gumbo_parse_with_options(&kGumboDefaultOptions,b,n); gumbo_destroy_output(&kGumboDefaultOptions,out); double t1=now();
  htmlDocPtr doc=htmlReadMemory(b,n,NULL,"UTF-8",HTML_PARSE_RECOVER|HTML_PARSE_NONET|HTML_PARSE_NOERROR|HTML_PARSE_NOWARNING|HTML_PARSE_COMPACT); xmlFreeDoc(doc); double t2=now();
  g+=t1-t0; x+=t2-t1; }
 printf("%d pages, %.0f KB avg: gumbo %.0f us/page, libxml2 %.0f us/page (parse+free, thread CPU)\n", c-1, bytes/1024.0/(c-1), g*1e6/(c-1), x*1e6/(c-1)); return 0;}
