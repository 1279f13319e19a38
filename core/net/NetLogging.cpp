#include "net/NetLogging.h"

Q_LOGGING_CATEGORY(lcNet, "ttc.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviders, "ttc.providers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "ttc.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "ttc.chat", QtInfoMsg)
