// libpq, PostgreSQL's C client (Debian libpq-dev 15): the shared queue's connection to the database.
#include <libpq-fe.h>
