#include "account/AccountLogging.h"

Q_LOGGING_CATEGORY(lcAccount, "ttc.account")
Q_LOGGING_CATEGORY(lcSync, "ttc.sync")
